// The `talk` command line.
using TalkDsl.Cli.Commands;

return TalkCommandLine.Run(args);
