// The `talk` command line.
using TalkDsl.Cli.Commands;

return TalkCommandLine.Build().Parse(args).Invoke();
