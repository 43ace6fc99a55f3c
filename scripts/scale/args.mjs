// Command-line options shared by the scale generator and the benchmark:
// "--name value" or "--name=value"; a bare "--flag" is true.
export function parseArgs(argv, defaults) {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) throw new Error(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!(name in defaults)) throw new Error(`unknown option --${name} (known: ${Object.keys(defaults).map((k) => `--${k}`).join(", ")})`);
    const takesValue = typeof defaults[name] !== "boolean";
    const value = inline ?? (takesValue ? argv[++i] : "true");
    if (value === undefined) throw new Error(`--${name} needs a value`);
    options[name] = typeof defaults[name] === "number" ? Number(value) : typeof defaults[name] === "boolean" ? value !== "false" : value;
    if (typeof defaults[name] === "number" && !Number.isFinite(options[name])) throw new Error(`--${name} must be a number`);
  }
  return options;
}
