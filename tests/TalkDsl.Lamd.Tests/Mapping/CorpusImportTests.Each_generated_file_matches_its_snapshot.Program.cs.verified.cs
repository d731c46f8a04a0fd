// Imported from lamd by `talk import`. Renders every talk into out/ (or the folder given as the first
// argument) and prints the files written; a talk with errors is reported and the others still render.
// A second argument names the folder holding the images (the one with diagrams/): each image is then
// checked and copied beside the pages, and a missing one is reported with its file and line.
using TalkDsl.Output;
using TalkDsl.Rendering;

var options = new TalkOutputOptions(args.Length > 0 ? args[0] : "out") { MediaFolder = args.Length > 1 ? args[1] : null };
var talks = new (string Name, Func<TalkDsl.Talk> Define)[]
{
    (nameof(Talks.FullTalk), () => Talks.FullTalk.Talk),
    (nameof(Talks.SecondTalk), () => Talks.SecondTalk.Talk),
};

var failed = 0;
foreach (var (name, define) in talks)
{
    try
    {
        foreach (var file in TalkOutput.Write([new RenderableTalk(name, define())], options))
        {
            Console.WriteLine(file);
        }
    }
    catch (Exception e) when (e is TalkOutputException or TalkDsl.Rules.TalkValidationException or ArgumentException)
    {
        failed++;
        Console.Error.WriteLine($"{name}: {e.Message}");
    }
}

return failed == 0 ? 0 : 1;
