namespace TalkDsl.Model;

/// <summary>
/// A built talk: its metadata and its body with every part expanded in place. Immutable, with value
/// equality; writers receive it through <see cref="Rendering.TalkReplay"/>.
/// </summary>
public sealed record TalkDocument(TalkMetadata Metadata, ValueList<Block> Blocks);
