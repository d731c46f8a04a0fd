// Renders every talk of this project (TalkCatalog is generated: every [Talk] of the assembly) into out/ at
// the repository root, or --out DIR; `dotnet run --project examples/AccelerateSpark -- --help` lists the options.
return TalkDsl.Hosting.TalkApp.Run(args, AccelerateSpark.TalkCatalog.All);
