import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500",
  danger: "bg-red-700 text-white hover:bg-red-800",
  link: "text-brand-700 underline hover:text-brand-800 px-0 py-0",
} as const;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  const base = variant === "link" ? "" : "rounded px-4 py-2 font-medium";
  return <button className={`${base} ${VARIANTS[variant]} ${className}`} {...props} />;
}
