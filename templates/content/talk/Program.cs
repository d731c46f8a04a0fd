return TalkDsl.Hosting.TalkApp.Run(args, MyTalk.TalkCatalog.All);
