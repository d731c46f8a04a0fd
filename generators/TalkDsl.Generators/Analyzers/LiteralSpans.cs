using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using TalkDsl.Rules;

namespace TalkDsl.Generators.Analyzers;

/// <summary>
/// Maps characters of a constant string back to the source that wrote them, so a finding about one word of
/// the content (a citation key, an unclosed '$') is squiggled on that word inside the literal: regular
/// literals with escapes, verbatim, raw (one line, or many with their indentation removed), interpolated
/// strings of constants, and concatenations of those. Anything else maps to the whole expression.
/// </summary>
internal static class LiteralSpans
{
    /// <summary>One character of the value and the source characters that wrote it.</summary>
    private readonly struct Piece
    {
        public Piece(char value, int start, int end)
        {
            Value = value;
            Start = start;
            End = end;
        }

        public char Value { get; }

        public int Start { get; }

        public int End { get; }
    }

    /// <summary>
    /// The source span of <paramref name="length"/> characters from <paramref name="start"/> of <paramref name="text"/>,
    /// the text the rules read from the constant <paramref name="expression"/> (as written, trimmed, or normalised
    /// as Markdown is); null when the text is not that constant's.
    /// </summary>
    public static TextSpan? Find(ExpressionSyntax expression, SemanticModel model, string text, int start, int length)
    {
        if (model.GetConstantValue(expression).Value is not string value)
        {
            return null;
        }

        var rawStart = ToValueOffset(value, text, start);
        var rawEnd = ToValueOffset(value, text, start + length);
        if (rawStart is not int from || rawEnd is not int to || from < 0 || to > value.Length || to < from)
        {
            return null;
        }

        var pieces = Map(expression, model);
        if (pieces is null || !Spells(pieces, value))
        {
            return null;
        }

        if (to == from)
        {
            return new TextSpan(from < pieces.Count ? pieces[from].Start : expression.Span.End, 0);
        }

        return TextSpan.FromBounds(pieces[from].Start, pieces[to - 1].End);
    }

    /// <summary>Where offset <paramref name="offset"/> of the rules' <paramref name="text"/> is in the constant <paramref name="value"/>.</summary>
    public static int? ToValueOffset(string value, string text, int offset)
    {
        if (value == text)
        {
            return offset;
        }

        var lead = value.Length - value.TrimStart().Length;
        if (value.Trim() == text)
        {
            return offset + lead;
        }

        return MarkdownText.Normalize(value) == text ? MarkdownText.RawOffset(value, offset) : null;
    }

    private static bool Spells(List<Piece> pieces, string value)
    {
        if (pieces.Count != value.Length)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (pieces[i].Value != value[i])
            {
                return false;
            }
        }

        return true;
    }

    private static List<Piece>? Map(ExpressionSyntax expression, SemanticModel model)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Map(parenthesized.Expression, model);
            case LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.StringLiteralToken):
                return StringLiteral(literal.Token);
            case LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken):
                return RawLiteral(literal.Token);
            case InterpolatedStringExpressionSyntax interpolated:
                return Interpolated(interpolated, model);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                var left = Map(binary.Left, model);
                var right = Map(binary.Right, model);
                if (left is null || right is null)
                {
                    return null;
                }

                left.AddRange(right);
                return left;
            default:
                // A constant named elsewhere (a const field): every character is the name.
                return Whole(model.GetConstantValue(expression).Value as string, expression.Span);
        }
    }

    private static List<Piece>? Whole(string? value, TextSpan span)
    {
        if (value is null)
        {
            return null;
        }

        var pieces = new List<Piece>(value.Length);
        foreach (var c in value)
        {
            pieces.Add(new Piece(c, span.Start, span.End));
        }

        return pieces;
    }

    private static List<Piece> StringLiteral(SyntaxToken token)
    {
        var text = token.Text;
        var at = token.SpanStart;
        var verbatim = text.StartsWith("@", System.StringComparison.Ordinal);
        var open = verbatim ? 2 : 1;
        var end = text.EndsWith("u8", System.StringComparison.Ordinal) ? text.Length - 3 : text.Length - 1;
        var pieces = new List<Piece>();
        Decode(text, open, end, at, verbatim ? Escapes.Verbatim : Escapes.Regular, pieces);
        return pieces;
    }

    private static List<Piece>? RawLiteral(SyntaxToken token)
    {
        var text = token.Text;
        var quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        var pieces = new List<Piece>();
        for (var i = quotes; i < text.Length - quotes; i++)
        {
            pieces.Add(new Piece(text[i], token.SpanStart + i, token.SpanStart + i + 1));
        }

        return token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) ? RemoveRawIndentation(pieces) : pieces;
    }

    private static List<Piece>? Interpolated(InterpolatedStringExpressionSyntax interpolated, SemanticModel model)
    {
        var start = interpolated.StringStartToken.Text;
        var raw = start.Contains("\"\"\"");
        var verbatim = start.Contains("@");
        var pieces = new List<Piece>();
        if (IsMultiLine(interpolated) && start.EndsWith("\n", System.StringComparison.Ordinal))
        {
            // The start token of a multi-line raw string may hold its line break; keep it for the indentation pass.
            pieces.Add(new Piece('\n', interpolated.StringStartToken.Span.End - 1, interpolated.StringStartToken.Span.End));
        }

        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax textPart:
                    var token = textPart.TextToken;
                    Decode(token.Text, 0, token.Text.Length, token.SpanStart, raw ? Escapes.None : verbatim ? Escapes.VerbatimInterpolated : Escapes.RegularInterpolated, pieces);
                    break;
                case InterpolationSyntax hole:
                    if (model.GetConstantValue(hole.Expression).Value is not string value)
                    {
                        return null;
                    }

                    pieces.AddRange(Whole(value, hole.Span)!);
                    break;
            }
        }

        // The end token of a multi-line raw string holds the last line break and the indentation line.
        var endToken = interpolated.StringEndToken;
        if (IsMultiLine(interpolated))
        {
            for (var i = 0; i < endToken.Text.Length && endToken.Text[i] != '"'; i++)
            {
                pieces.Add(new Piece(endToken.Text[i], endToken.SpanStart + i, endToken.SpanStart + i + 1));
            }
        }

        return raw && IsMultiLine(interpolated) ? RemoveRawIndentation(pieces) : pieces;
    }

    private static bool IsMultiLine(InterpolatedStringExpressionSyntax interpolated) =>
        interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken);

    /// <summary>
    /// A multi-line raw string's value: the first line (after the opening quotes) and the last (before the closing
    /// ones) are not content; the last line's white space is the indentation every content line loses.
    /// </summary>
    private static List<Piece>? RemoveRawIndentation(List<Piece> pieces)
    {
        var lines = new List<List<Piece>> { new() };
        foreach (var piece in pieces)
        {
            lines[lines.Count - 1].Add(piece);
            if (piece.Value == '\n')
            {
                lines.Add(new List<Piece>());
            }
        }

        if (lines.Count < 3)
        {
            return null;
        }

        var indent = lines[lines.Count - 1].Count;
        var result = new List<Piece>();
        for (var i = 1; i < lines.Count - 1; i++)
        {
            var line = lines[i];
            var isLast = i == lines.Count - 2;

            // The line break before the closing quotes is not part of the value.
            var content = isLast ? line.FindAll(p => p.Value != '\n' && p.Value != '\r') : line;
            var blank = content.TrueForAll(p => p.Value is ' ' or '\t' or '\r' or '\n');
            if (blank)
            {
                result.AddRange(content.FindAll(p => p.Value is '\r' or '\n'));
                continue;
            }

            result.AddRange(content.GetRange(System.Math.Min(indent, content.Count), content.Count - System.Math.Min(indent, content.Count)));
        }

        return result;
    }

    private enum Escapes
    {
        None,
        Regular,
        Verbatim,
        RegularInterpolated,
        VerbatimInterpolated,
    }

    private static void Decode(string text, int from, int to, int at, Escapes escapes, List<Piece> pieces)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            var interpolated = escapes is Escapes.RegularInterpolated or Escapes.VerbatimInterpolated;
            if (interpolated && (c == '{' || c == '}') && i + 1 < to && text[i + 1] == c)
            {
                pieces.Add(new Piece(c, at + i, at + i + 2));
                i += 2;
            }
            else if ((escapes is Escapes.Verbatim or Escapes.VerbatimInterpolated) && c == '"' && i + 1 < to && text[i + 1] == '"')
            {
                pieces.Add(new Piece('"', at + i, at + i + 2));
                i += 2;
            }
            else if ((escapes is Escapes.Regular or Escapes.RegularInterpolated) && c == '\\' && i + 1 < to)
            {
                var length = EscapeLength(text, i, to);
                foreach (var decoded in DecodeEscape(text.Substring(i, length)))
                {
                    pieces.Add(new Piece(decoded, at + i, at + i + length));
                }

                i += length;
            }
            else
            {
                pieces.Add(new Piece(c, at + i, at + i + 1));
                i++;
            }
        }
    }

    private static int EscapeLength(string text, int i, int to)
    {
        var kind = text[i + 1];
        var digits = kind switch
        {
            'u' => 4,
            'U' => 8,
            'x' => CountHex(text, i + 2, System.Math.Min(to, i + 6)),
            _ => 0,
        };
        return 2 + digits;
    }

    private static int CountHex(string text, int from, int to)
    {
        var n = 0;
        while (from + n < to && System.Uri.IsHexDigit(text[from + n]))
        {
            n++;
        }

        return n;
    }

    private static string DecodeEscape(string escape)
    {
        switch (escape[1])
        {
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case '0': return "\0";
            case 'a': return "\a";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'v': return "\v";
            case 'e': return "\u001b";
            case 'u':
            case 'x':
                return ((char)System.Convert.ToInt32(escape.Substring(2), 16)).ToString();
            case 'U':
                return char.ConvertFromUtf32(System.Convert.ToInt32(escape.Substring(2), 16));
            default:
                return escape[1].ToString();
        }
    }
}
