using System;
using System.Globalization;
using System.Text;

namespace TalkDsl.Generators.Helpers;

/// <summary>
/// Writes C# source with indentation: <see cref="WriteBlock"/> opens a brace block and closes it on
/// dispose, so the emitter reads like the code it writes.
/// </summary>
internal sealed class IndentedTextWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _depth;

    /// <summary>Writes one line at the current indentation (an empty line stays empty).</summary>
    public IndentedTextWriter WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes an invariant-culture formatted line.</summary>
    public IndentedTextWriter WriteLine(FormattableString line) => WriteLine(line.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <c>{</c>, indents, and writes <c>}</c> (plus <paramref name="closing"/>) when disposed.</summary>
    public Block WriteBlock(string closing = "")
    {
        WriteLine("{");
        _depth++;
        return new Block(this, closing);
    }

    /// <summary>Indents without braces until disposed.</summary>
    public Block Indent()
    {
        _depth++;
        return new Block(this, null);
    }

    public override string ToString() => _builder.ToString();

    /// <summary>The end of a block, written on dispose.</summary>
    public readonly struct Block : IDisposable
    {
        private readonly IndentedTextWriter _writer;
        private readonly string? _closing;

        internal Block(IndentedTextWriter writer, string? closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer._depth--;
            if (_closing is not null)
            {
                _writer.WriteLine("}" + _closing);
            }
        }
    }
}
