using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using TalkDsl.Generators.Helpers;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Generators;

public sealed partial class TalkGenerator
{
    /// <summary>Writes the generated source: per talk, per part manifest, and the assembly's catalog.</summary>
    internal static class Emitter
    {
        private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"TalkDsl.Generators\", \"1.0.0\")]";
        private const string Model = "global::TalkDsl.Model.";
        private const string Rendering = "global::TalkDsl.Rendering.";

        /// <summary>
        /// The hint name: <c>{Type}.{Member}.g.cs</c>, the type namespace-qualified so hint names never collide.
        /// Characters a hint name may not hold (Roslyn throws on them, CS8785) become '_', and then a hash of
        /// the name as written keeps two such names apart.
        /// </summary>
        public static string HintName(ContainingTypeInfo type, string member)
        {
            var name = type.FullName + "." + member;
            var safe = new System.Text.StringBuilder(name.Length);
            foreach (var c in name)
            {
                safe.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or '-' ? c : '_');
            }

            return safe.ToString() == name
                ? name + ".g.cs"
                : safe + "." + StableHash(name).ToString("x8", CultureInfo.InvariantCulture) + ".g.cs";
        }

        /// <summary>FNV-1a: the same on every run and machine (string.GetHashCode is not).</summary>
        private static uint StableHash(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }

        public static string EmitTalk(TalkToGenerate talk)
        {
            var writer = new IndentedTextWriter();
            WriteHeader(writer);
            using (OpenType(writer, talk.Type))
            {
                WriteSections(writer, talk);
                writer.WriteLine();
                WriteOutline(writer, talk);
                writer.WriteLine();
                WriteRenderers(writer, talk);
                writer.WriteLine();
                WriteRendererClass(writer, talk);
            }

            return writer.ToString();
        }

        /// <summary>A part's file: its manifest (<paramref name="withManifest"/>, see <see cref="PartManifest.IsWanted"/>), and the member that replays it when it has one.</summary>
        public static string EmitPart(PartToGenerate part, bool withManifest)
        {
            var info = part.Part;
            var writer = new IndentedTextWriter();
            WriteHeader(writer);
            if (withManifest)
            {
                writer.WriteLine($"// The part {part.Type.FullName}.{part.MemberName}, for talks in other assemblies that include it.");
                var arguments = new[] { Literal(info.Key), Literal(info.Name) }.Concat(info.Steps.Select(s => Literal(PartManifest.Encode(s))));
                writer.WriteLine("[assembly: " + PartManifest.AttributeFullName + "(");
                using (writer.Indent())
                {
                    var list = arguments.ToList();
                    for (var i = 0; i < list.Count; i++)
                    {
                        writer.WriteLine(list[i] + (i < list.Count - 1 ? "," : ")]"));
                    }
                }
            }

            if (part.Events is not { } events)
            {
                return writer.ToString();
            }

            if (withManifest)
            {
                writer.WriteLine();
            }

            using (OpenType(writer, part.Type))
            {
                WriteReplayMember(writer, part, events);
            }

            return writer.ToString();
        }

        private static void WriteReplayMember(IndentedTextWriter writer, PartToGenerate part, EquatableArray<TalkEvent> events)
        {
            writer.WriteLine($"/// <summary>Replays the part {Xml(part.MemberName)} into a talk, the first time the talk includes it: every talk that includes the part calls this, so its content is compiled once.</summary>");
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.WriteLine(GeneratedCode);
            // Public (hidden from IntelliSense), so the preview's emit of only an edited talk, a separate assembly, can call it.
            writer.WriteLine($"public static void {Parser.ReplayerName(part.MemberName)}({Rendering}ReplayContext replay)");
            using (writer.WriteBlock())
            {
                writer.WriteLine($"if (!replay.Include({Literal(part.Part.Key)}))");
                using (writer.WriteBlock())
                {
                    writer.WriteLine("return;");
                }

                writer.WriteLine();
                writer.WriteLine("var writer = replay.Writer;");
                WriteEvents(writer, events);
            }
        }

        public static string EmitCatalog(CatalogInfo catalog)
        {
            var writer = new IndentedTextWriter();
            WriteHeader(writer);
            var hasNamespace = catalog.Namespace.Length > 0;
            if (hasNamespace)
            {
                writer.WriteLine("namespace " + catalog.Namespace);
            }

            using (hasNamespace ? writer.WriteBlock() : writer.Indent())
            {
                writer.WriteLine("/// <summary>Every <c>[Talk]</c> of this assembly, in a stable order (by type name), ready to render without reflection.</summary>");
                writer.WriteLine(GeneratedCode);
                writer.WriteLine("public static class TalkCatalog");
                using (writer.WriteBlock())
                {
                    writer.WriteLine("/// <summary>The talks, each replaying its compile-time constants or building itself at run time.</summary>");
                    writer.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<{Rendering}GeneratedTalk> All {{ get; }} = new {Rendering}GeneratedTalk[]");
                    using (writer.WriteBlock(";"))
                    {
                        foreach (var entry in catalog.Entries)
                        {
                            writer.WriteLine(entry.TypeGlobalName + ".Renderable,");
                        }
                    }
                }
            }

            return writer.ToString();
        }

        private static void WriteHeader(IndentedTextWriter writer)
        {
            writer.WriteLine("// <auto-generated/>");
            writer.WriteLine("#nullable enable");
            writer.WriteLine();
        }

        /// <summary>Reopens the namespace and every containing type as partial; disposing closes them.</summary>
        private static System.IDisposable OpenType(IndentedTextWriter writer, ContainingTypeInfo type)
        {
            var blocks = new System.Collections.Generic.List<IndentedTextWriter.Block>();
            if (type.Namespace.Length > 0)
            {
                writer.WriteLine("namespace " + type.Namespace);
                blocks.Add(writer.WriteBlock());
            }

            foreach (var declaration in type.Declarations)
            {
                writer.WriteLine("partial " + declaration.Keyword + " " + declaration.Name);
                blocks.Add(writer.WriteBlock());
            }

            return new Closer(blocks);
        }

        private static void WriteSections(IndentedTextWriter writer, TalkToGenerate talk)
        {
            writer.WriteLine("/// <summary>The anchor of each heading, named by its title: link with <c>\"#\" + Sections.Name</c>, so renaming a heading breaks the build, not the link.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public static class Sections");
            using (writer.WriteBlock())
            {
                foreach (var section in talk.Sections)
                {
                    writer.WriteLine($"/// <summary>{section.Level} \"{Xml(section.Title)}\": <c>#{Xml(section.Anchor)}</c>.</summary>");
                    writer.WriteLine($"public const string {section.Name} = {Literal(section.Anchor)};");
                }
            }
        }

        private static void WriteOutline(IndentedTextWriter writer, TalkToGenerate talk)
        {
            if (talk.Outline is not { } outline)
            {
                writer.WriteLine("/// <summary>The talk at a glance; computed when first asked, because some of its content is computed at run time.</summary>");
                writer.WriteLine($"public static {Model}TalkOutline Outline => Renderable.Outline;");
                return;
            }

            writer.WriteLine("/// <summary>The talk at a glance: its headings with anchors, slide count, word counts and estimated speaking time, computed at compile time.</summary>");
            writer.WriteLine($"public static {Model}TalkOutline Outline {{ get; }} = new {Model}TalkOutline(");
            using (writer.Indent())
            {
                writer.WriteLine(Literal(outline.Title) + ",");
                writer.WriteLine($"new {Model}ValueList<{Model}OutlineHeading>(new {Model}OutlineHeading[]");
                using (writer.WriteBlock("),"))
                {
                    foreach (var heading in outline.Headings)
                    {
                        writer.WriteLine($"new {Model}OutlineHeading({Level(heading.Level)}, {Literal(heading.Title)}, {Literal(heading.Anchor)}),");
                    }
                }

                writer.WriteLine(Number(outline.SlideCount) + ",");
                writer.WriteLine(Number(outline.SlideWords) + ",");
                writer.WriteLine(Number(outline.NotesWords) + ",");
                writer.WriteLine(Number(outline.SpeakerNotesWords) + ",");
                writer.WriteLine($"global::System.TimeSpan.FromTicks({Number(outline.EstimatedTicks)}L));");
            }
        }

        private static void WriteRenderers(IndentedTextWriter writer, TalkToGenerate talk)
        {
            var how = talk.Metadata is null ? "builds the talk at run time (some of its content is computed then)" : "replays the compile-time constants";
            writer.WriteLine($"/// <summary>This talk, ready to render into any writer; it {how}. Listed in <c>TalkCatalog.All</c>.</summary>");
            writer.WriteLine($"public static {Rendering}GeneratedTalk Renderable {{ get; }} = new GeneratedTalkRenderer();");
            foreach (var (method, options, what) in RenderMethods)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>{what}, as a string.</summary>");
                writer.WriteLine($"public static string {method}({Rendering}{options}? options = null) => global::TalkDsl.TalkRendering.{method}(Renderable, options);");
            }

            writer.WriteLine();
            writer.WriteLine("/// <summary>Writes this talk in <paramref name=\"format\"/> (see <c>TalkFormats</c>) to <paramref name=\"output\"/>, which is left open.</summary>");
            writer.WriteLine("public static void Render(global::TalkDsl.Formats.TalkFormat format, global::System.IO.Stream output, global::TalkDsl.Formats.TalkRenderOptions? options = null) => global::TalkDsl.TalkRendering.Render(Renderable, format, output, options);");
        }

        private static readonly (string Method, string Options, string What)[] RenderMethods =
        {
            ("RenderSlides", "SlidesOptions", "The reveal.js slides page"),
            ("RenderNotes", "NotesOptions", "The standalone notes page"),
            ("RenderJekyllNotes", "NotesOptions", "The notes as a Jekyll post in lamd's shape"),
        };

        private static void WriteRendererClass(IndentedTextWriter writer, TalkToGenerate talk)
        {
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"private sealed class GeneratedTalkRenderer : {Rendering}GeneratedTalk");
            using (writer.WriteBlock())
            {
                if (talk.Metadata is { } metadata)
                {
                    WriteMetadata(writer, metadata, talk.Cited);
                    writer.WriteLine();
                }

                var precompiled = talk.Metadata is null ? "false" : "true";
                writer.WriteLine($"public GeneratedTalkRenderer() : base({Literal(talk.Name)}, isPrecompiled: {precompiled})");
                using (writer.WriteBlock())
                {
                }

                writer.WriteLine();
                writer.WriteLine($"public override global::TalkDsl.Talk Define() => {talk.Type.GlobalName}.{talk.MemberName}{(talk.IsProperty ? string.Empty : "()")};");
                if (talk.Outline is not null)
                {
                    writer.WriteLine();
                    writer.WriteLine($"public override {Model}TalkOutline Outline => {talk.Type.GlobalName}.Outline;");
                }

                if (talk.Metadata is null)
                {
                    return;
                }

                writer.WriteLine();
                writer.WriteLine($"public override {Model}TalkMetadata Metadata => s_metadata;");
                writer.WriteLine();
                writer.WriteLine($"public override void Render({Rendering}ITalkWriter writer)");
                using (writer.WriteBlock())
                {
                    writer.WriteLine($"var replay = new {Rendering}ReplayContext(writer);");
                    writer.WriteLine("writer.BeginTalk(s_metadata);");
                    WriteEvents(writer, talk.Events);

                    writer.WriteLine("writer.EndTalk();");
                }
            }
        }

        /// <summary>The events in order; a part expanded in place is guarded as its replay member is.</summary>
        private static void WriteEvents(IndentedTextWriter writer, EquatableArray<TalkEvent> events)
        {
            var open = new Stack<(IndentedTextWriter.Block Scope, IndentedTextWriter.Block Include)>();
            foreach (var e in events)
            {
                switch (e.Inline)
                {
                    case InlinePart.Open:
                        writer.WriteLine($"using (replay.ShownIn(global::TalkDsl.ContentTarget.{e.Step.Target}))");
                        var scope = writer.WriteBlock();
                        writer.WriteLine($"if (replay.Include({Literal(e.Step.PartKey)}))");
                        open.Push((scope, writer.WriteBlock()));
                        break;
                    case InlinePart.Close:
                        var (outer, inner) = open.Pop();
                        inner.Dispose();
                        outer.Dispose();
                        break;
                    default:
                        writer.WriteLine(Event(e));
                        break;
                }
            }
        }

        /// <summary>
        /// The call <c>TalkReplay.Replay</c> makes for one body call, with the values the built block holds (headings
        /// through the replay, which gives their anchors); an include is a call of the part's replay member.
        /// </summary>
        private static string Event(TalkEvent e)
        {
            var step = e.Step;
            var call = Call(e);
            // A media call shown in one output only (shownIn:) reaches only that output's writer, as TalkReplay skips a block by its ShownIn.
            return step.Kind is StepKind.Media or StepKind.Figure or StepKind.Columns && step.Target != ContentTarget.Both
                ? $"if (replay.Shows(global::TalkDsl.ContentTarget.{step.Target})) {call}"
                : call;
        }

        /// <summary>The one call of <see cref="Event"/>, before any <c>shownIn</c> scope.</summary>
        private static string Call(TalkEvent e)
        {
            var step = e.Step;
            return step.Kind switch
            {
                StepKind.Include when step.Target != ContentTarget.Both => $"using (replay.ShownIn(global::TalkDsl.ContentTarget.{step.Target})) {e.PartReplayer}(replay);",
                StepKind.Include => $"{e.PartReplayer}(replay);",
                StepKind.Heading when step.Target != ContentTarget.Both => $"replay.Heading({Level(step.Level)}, {Literal(step.Text)}, global::TalkDsl.ContentTarget.{step.Target});",
                StepKind.Heading => $"replay.Heading({Level(step.Level)}, {Literal(step.Text)});",
                StepKind.Content => $"writer.Content(global::TalkDsl.ContentTarget.{step.Target}, {Literal(step.Text)}, {Bool(step.AllowHtml)});",
                StepKind.Thanks => "replay.Thanks();",
                StepKind.References => "replay.References();",
                StepKind.Media => $"writer.Media({Media(step.Media[0])});",
                StepKind.Figure => $"writer.Figure({Media(step.Media[0])}, {Literal(step.Text)}, {Literal(step.Label)});",
                StepKind.Columns => $"writer.Columns({Media(step.Media[0])}, {Media(step.Media[1])}, {Literal(step.LeftWidth)}, {Literal(step.RightWidth)});",
                StepKind.Fragment => $"writer.Fragment({Literal(step.Text)});",
                StepKind.Code => $"writer.Code(global::TalkDsl.CodeKind.{step.CodeKind}, {Literal(step.Text)}, {Literal(step.Language)}, {Bool(step.OnSlides)});",
                StepKind.EditLink => $"writer.EditLink({Literal(step.Text)});",
                StepKind.SlideText => $"writer.SlideText(global::TalkDsl.SlideTextKind.{step.SlideTextKind}, {Literal(step.Text)});",
                StepKind.Animation => $"writer.Animation({Literal(step.Text)}, new global::TalkDsl.Media[] {{ {string.Join(", ", step.Media.Select(Media))} }}, global::TalkDsl.ContentTarget.{step.Target});",
                _ => throw new System.InvalidOperationException("No writer event for " + step.Kind),
            };
        }

        /// <summary>The media record the builder makes; the values are already as the record stores them.</summary>
        private static string Media(MediaInfo media) => media.Kind switch
        {
            RuleMediaKind.Image when media.CssClass is null && media.Style is null => $"new global::TalkDsl.ImageMedia({Literal(media.Text)}, {Literal(media.Width)}, {Literal(media.Alt)})",
            RuleMediaKind.Image => $"new global::TalkDsl.ImageMedia({Literal(media.Text)}, {Literal(media.Width)}, {Literal(media.Alt)}, {Literal(media.CssClass)}, {Literal(media.Style)})",
            RuleMediaKind.Group => $"new global::TalkDsl.MediaGroup(new global::TalkDsl.Media[] {{ {string.Join(", ", media.Items.Select(Media))} }})",
            RuleMediaKind.Div => $"new global::TalkDsl.DivMedia({Media(media.Items[0])}, {Literal(media.CssClass)}, {Literal(media.Style)}, {(media.Align is { } align ? "global::TalkDsl.Alignment." + align : "null")})",
            RuleMediaKind.YouTube => $"new global::TalkDsl.YouTubeMedia({Literal(media.Text)}, {Literal(media.Width)}, {Literal(media.Alt)})",
            _ => $"new global::TalkDsl.MarkdownMedia({Literal(media.Text)}, {Bool(media.AllowHtml)})",
        };

        private static string Bool(bool value) => value ? "true" : "false";

        private static void WriteMetadata(IndentedTextWriter writer, HeaderInfo header, EquatableArray<BibReference> cited)
        {
            writer.WriteLine($"private static readonly {Model}TalkMetadata s_metadata = new {Model}TalkMetadata(");
            using (writer.Indent())
            {
                writer.WriteLine(Literal(header.Title) + ",");
                writer.WriteLine(Literal(header.Subtitle) + ",");
                if (header.Authors.Count == 0)
                {
                    writer.WriteLine($"{Model}ValueList<{Model}Author>.Empty,");
                }
                else
                {
                    writer.WriteLine($"new {Model}ValueList<{Model}Author>(new {Model}Author[]");
                    using (writer.WriteBlock("),"))
                    {
                        foreach (var a in header.Authors)
                        {
                            writer.WriteLine($"new {Model}Author({Literal(a.Given)}, {Literal(a.Family)}, {Literal(a.Institute)}, {Literal(a.Url)}, {Literal(a.Twitter)}, {Literal(a.GScholar)}, {Literal(a.Orcid)}),");
                        }
                    }
                }

                // An impossible date is reported (TALK010) and left out, as the builder does.
                writer.WriteLine((header.Year is int y && header.Month is int m && header.Day is int d && TalkRules.IsValidDate(y, m, d)
                    ? $"new global::System.DateOnly({Number(y)}, {Number(m)}, {Number(d)})"
                    : "null") + ",");
                writer.WriteLine(Literal(header.Venue) + ",");
                writer.WriteLine(Literal(header.Abstract) + ",");
                writer.WriteLine($"global::TalkDsl.Transition.{header.Transition},");
                writer.WriteLine((header.PaperSize is { } size ? $"new {Model}PaperSettings(global::TalkDsl.PaperSize.{size}, {Literal(header.PaperMargin)})" : "null") + ",");
                var duration = header.DurationTicks is long ticks ? $"global::System.TimeSpan.FromTicks({Number(ticks)}L)" : "null";
                if (header.Notation.Count == 0 && header.NotationFiles.Count == 0 && header.FileName is null && header.Theme is null && header.Stylesheets.Count == 0 && header.Bibliographies.Count == 0)
                {
                    writer.WriteLine(duration + ");");
                    return;
                }

                writer.WriteLine(duration + ")");
            }

            // The notation, file name, theme, stylesheets and bibliography are init properties, as the builder sets them.
            using (writer.WriteBlock(";"))
            {
                if (header.NotationFiles.Count > 0)
                {
                    // The files are read when the talk renders (and checked as you type, TALK022), as Build() reads them.
                    var files = string.Join(", ", header.NotationFiles.Select(f => Literal(BibliographyPaths.Resolve(f.SourceFile, f.Path))));
                    writer.WriteLine($"Notation = global::TalkDsl.Authoring.NotationTables.Merge(new {Model}NotationMacro[]");
                    using (writer.WriteBlock($", new string[] {{ {files} }}),"))
                    {
                        WriteNotation(writer, header);
                    }
                }
                else if (header.Notation.Count > 0)
                {
                    writer.WriteLine($"Notation = new {Model}ValueList<{Model}NotationMacro>(new {Model}NotationMacro[]");
                    using (writer.WriteBlock("),"))
                    {
                        WriteNotation(writer, header);
                    }
                }

                if (header.FileName is { } fileName)
                {
                    writer.WriteLine($"FileName = {Literal(fileName)},");
                }

                if (header.Theme is not null)
                {
                    writer.WriteLine($"Theme = {Literal(header.Theme)},");
                }

                if (header.Stylesheets.Count > 0)
                {
                    writer.WriteLine($"Stylesheets = new {Model}ValueList<string>(new string[] {{ {string.Join(", ", header.Stylesheets.Select(s => Literal(s)))} }}),");
                }

                if (header.Bibliographies.Count > 0)
                {
                    WriteBibliography(writer, cited);
                }
            }
        }

        /// <summary>The entries the talk cites, as <c>Talk.Build()</c> reads them from its .bib files at run time.</summary>
        private static void WriteNotation(IndentedTextWriter writer, HeaderInfo header)
        {
            foreach (var macro in header.Notation)
            {
                writer.WriteLine($"new {Model}NotationMacro({Literal(macro.Command)}, {Literal(macro.Definition)}, {Number(macro.Parameters)}),");
            }
        }

        private static void WriteBibliography(IndentedTextWriter writer, EquatableArray<BibReference> cited)
        {
            if (cited.Count == 0)
            {
                writer.WriteLine($"Bibliography = new {Model}Bibliography({Model}ValueList<{Model}BibliographyEntry>.Empty),");
                return;
            }

            writer.WriteLine($"Bibliography = new {Model}Bibliography(new {Model}ValueList<{Model}BibliographyEntry>(new {Model}BibliographyEntry[]");
            using (writer.WriteBlock(")),"))
            {
                foreach (var r in cited)
                {
                    writer.WriteLine($"new {Model}BibliographyEntry({Literal(r.Key)}, {Literal(r.Type)}, {Names(r.Authors)}, {Names(r.Editors)}, {Literal(r.Title)}, {Literal(r.Container)}, {Literal(r.Year)}, {Literal(r.Volume)}, {Literal(r.Pages)}, {Literal(r.Publisher)}, {Literal(r.Place)}, {Literal(r.Genre)}, {Literal(r.Doi)}, {Literal(r.Url)}),");
                }
            }
        }

        private static string Names(BibNameList names) => names.Count == 0
            ? $"{Model}ValueList<{Model}ReferenceName>.Empty"
            : $"new {Model}ValueList<{Model}ReferenceName>(new {Model}ReferenceName[] {{ {string.Join(", ", names.Select(n => $"new {Model}ReferenceName({Literal(n.Given)}, {Literal(n.Family)}, {Bool(n.IsOthers)})"))} }})";

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Level(HeadingLevel level) => "global::TalkDsl.HeadingLevel." + level;

        private static string Literal(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        private sealed class Closer : System.IDisposable
        {
            private readonly System.Collections.Generic.List<IndentedTextWriter.Block> _blocks;

            public Closer(System.Collections.Generic.List<IndentedTextWriter.Block> blocks) => _blocks = blocks;

            public void Dispose()
            {
                for (var i = _blocks.Count - 1; i >= 0; i--)
                {
                    _blocks[i].Dispose();
                }
            }
        }
    }
}
