/** A form-level message announced to screen readers when it appears. */
export function FormMessage({ kind, children }: { kind: "error" | "success"; children?: React.ReactNode }) {
  if (!children) return null;
  const style = kind === "error" ? "border-red-700 bg-red-50 text-red-800" : "border-green-700 bg-green-50 text-green-900";
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`rounded border-l-4 p-3 ${style}`}>
      {children}
    </div>
  );
}
