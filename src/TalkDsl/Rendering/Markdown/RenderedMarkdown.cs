namespace TalkDsl.Rendering.Markdown;

/// <summary>A link that content cites: what the reader sees and where it goes. Listed by References.</summary>
internal sealed record CitedLink(string Text, string Url);

/// <summary>One Markdown block rendered to HTML, with the links and the citation keys it contains in document order, and its footnotes (written at the end of the output).</summary>
internal sealed record RenderedMarkdown(string Html, IReadOnlyList<CitedLink> Links, IReadOnlyList<string> CitedKeys, IReadOnlyList<RenderedFootnote> Footnotes);
