using System.Globalization;
using System.Text.RegularExpressions;
using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TalkDsl.Rendering.Notes;

/// <summary>
/// The YAML front matter of a lamd notes post, emitted with YamlDotNet in lamd's shape: title, venue
/// (always double-quoted, as lamd writes them), the author list with all seven fields (an empty one as
/// <c>orcid: </c>), date, published, week, reveal, layout and categories.
/// </summary>
internal static class JekyllFrontMatter
{
    private const string NullTag = "tag:yaml.org,2002:null";

    // Plain words that YAML 1.1 (Jekyll's Ruby parser) resolves to booleans, null, infinities or merge keys.
    private static readonly HashSet<string> NonStringWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", ".inf", "-.inf", "+.inf", ".nan", "<<", "=",
    };

    // Characters that give a plain scalar another meaning when it starts with one.
    private const string PlainIndicators = "-?:,[]{}#&*!|>'\"%@`";

    // Plain scalars that YAML 1.1 or 1.2 may resolve to a number (decimal, hex, octal, binary, sexagesimal,
    // float) or a timestamp. Deliberately broad: a false positive only adds quotes.
    private static readonly Regex NumberOrTimestamp = new(
        @"^[-+]?(\.?[0-9][0-9_.:]*([eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+)$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \t].*)?$",
        RegexOptions.CultureInvariant);

    public static void Write(TextWriter output, TalkMetadata metadata, NotesOptions options)
    {
        var yaml = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(yaml, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: false));
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));

        Quoted(emitter, "title", metadata.Title ?? string.Empty);
        if (metadata.Subtitle is not null)
        {
            Quoted(emitter, "subtitle", metadata.Subtitle);
        }

        if (metadata.Abstract is { Length: > 0 } summary)
        {
            emitter.Emit(new Scalar("abstract"));
            emitter.Emit(new Scalar(null, null, summary, ScalarStyle.Literal, isPlainImplicit: false, isQuotedImplicit: true));
        }

        if (metadata.Venue is not null)
        {
            Quoted(emitter, "venue", metadata.Venue);
        }

        emitter.Emit(new Scalar("author"));
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var author in metadata.Authors)
        {
            emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
            Field(emitter, "given", author.Given);
            Field(emitter, "family", author.Family);
            Field(emitter, "url", Rules.SafeUrl.IsSafe(author.Url) ? author.Url : null); // a layout may make it a link
            Field(emitter, "institute", author.Institute);
            Field(emitter, "twitter", author.TwitterHandle);
            Field(emitter, "gscholar", author.GScholar);
            Field(emitter, "orcid", author.Orcid);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
        if (metadata.Date is { } date)
        {
            Typed(emitter, "date", TalkHtml.FormatDate(date));
            Typed(emitter, "published", TalkHtml.FormatDate(date));
        }

        Typed(emitter, "week", "0");
        if (options.SlidesLink is not null)
        {
            Field(emitter, "reveal", options.SlidesLink);
        }

        Field(emitter, "layout", options.Layout);
        emitter.Emit(new Scalar("categories"));
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var category in options.Categories)
        {
            emitter.Emit(Value(category));
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());

        output.Write(yaml.ToString());
        output.Line("---");
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be written plain, as lamd writes names and URLs, and still be
    /// read back as this same string: no YAML indicator at the start, no <c>": "</c> or <c>" #"</c>, no
    /// surrounding space, and not a word or number that a YAML 1.1 reader types. Anything else is
    /// double-quoted.
    /// </summary>
    public static bool WritesPlain(string value) =>
        value.Length > 0
        && !PlainIndicators.Contains(value[0])
        && !char.IsWhiteSpace(value[0])
        && !char.IsWhiteSpace(value[^1])
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && !value.EndsWith(':')
        && !NonStringWords.Contains(value)
        && !NumberOrTimestamp.IsMatch(value)
        && !value.Any(char.IsControl);

    private static void Quoted(IEmitter emitter, string key, string value)
    {
        emitter.Emit(new Scalar(key));
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));
    }

    /// <summary>A date or number, written plain so that it is read as one, as lamd writes it.</summary>
    private static void Typed(IEmitter emitter, string key, string value)
    {
        emitter.Emit(new Scalar(key));
        emitter.Emit(new Scalar(value));
    }

    private static void Field(IEmitter emitter, string key, string? value)
    {
        emitter.Emit(new Scalar(key));
        emitter.Emit(Value(value));
    }

    private static Scalar Value(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            // lamd leaves an absent field empty ("orcid: "), which YAML reads as null.
            return new Scalar(null, NullTag, string.Empty, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false);
        }

        var style = WritesPlain(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
        return new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true);
    }
}
