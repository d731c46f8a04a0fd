// Renders every talk of this project into out/ at the repository root (or --out DIR) and prints the
// absolute path of each file written; a talk with errors is reported on stderr and exits with code 1.
// TalkCatalog is generated: every [Talk] of the assembly, no reflection and no list to keep by hand.
using AccelerateSpark;

return RenderCommand.Run(args, () => TalkCatalog.All, Console.Out, Console.Error);
