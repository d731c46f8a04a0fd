namespace TalkDsl.Rendering.Html;

/// <summary>
/// Keeps a writer's events in the order the <see cref="ITalkWriter"/> contract promises (BeginTalk
/// first, EndTalk last, once each), so a misbehaving caller fails loudly instead of writing half a page.
/// </summary>
internal struct WriterEvents
{
    private int _state;

    public void Begin()
    {
        if (_state != 0)
        {
            throw new InvalidOperationException("BeginTalk was called twice: a writer renders one talk.");
        }

        _state = 1;
    }

    public readonly void Expect(string eventName)
    {
        if (_state != 1)
        {
            throw new InvalidOperationException(_state == 0
                ? $"{eventName} came before BeginTalk: call BeginTalk(metadata) first."
                : $"{eventName} came after EndTalk: the writer has completed its output.");
        }
    }

    public void End()
    {
        Expect(nameof(ITalkWriter.EndTalk));
        _state = 2;
    }
}
