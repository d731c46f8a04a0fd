// Imported from lamd by `talk import`. Renders every talk into out/; `dotnet run -- --help` lists the options.
return TalkDsl.Hosting.TalkApp.Run(args, Talks.TalkCatalog.All);
