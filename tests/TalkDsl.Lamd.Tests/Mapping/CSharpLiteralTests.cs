using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TalkDsl.Lamd.Mapping;

namespace TalkDsl.Lamd.Tests.Mapping;

public sealed class CSharpLiteralTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quotes \" and \\ backslash")]
    [InlineData("tab\tnew\nline\r\0null \u2028 separator \u0007 bell")]
    public void A_string_literal_reads_back_as_the_same_text(string text) =>
        Assert.Equal(text, Evaluate(CSharpLiteral.String(text)));

    [Theory]
    [InlineData("one line", "\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"\"")]
    [InlineData("has \"\"\"\"\" five", "\"\"\"\"\"\"")]
    [InlineData("\"\"\"", "\"\"\"\"")]
    public void A_raw_literal_opens_with_more_quotes_than_the_content_holds(string content, string quotes)
    {
        var literal = CSharpLiteral.Raw(content, "    ");

        Assert.StartsWith(quotes + "\n", literal, StringComparison.Ordinal);
        Assert.EndsWith("\n    " + quotes, literal, StringComparison.Ordinal);
        Assert.Equal(content, Evaluate(literal));
    }

    [Fact]
    public void A_raw_literal_keeps_indentation_blank_lines_braces_backslashes_and_hard_breaks()
    {
        const string content = "* item\n    * nested {braces} $\\alpha$  \n\n\tTabbed \\\\ line";

        Assert.Equal(content, Evaluate(CSharpLiteral.Raw(content, "            ")));
    }

    [Fact]
    public void Block_normalises_content_the_way_the_authoring_API_does()
    {
        Assert.Equal("a\n  b\n\nc", CSharpLiteral.Block("\n\n    a \n      b\n\n    c\n\n"));
        // Two or more trailing spaces are a Markdown hard break, in lamd's pandoc as in TalkDsl.
        Assert.Equal("a  \n  b\n\nc", CSharpLiteral.Block("\n\n    a   \n      b\n\n    c\t\n\n"));
    }

    [Fact]
    public void OneLine_joins_a_title_written_over_lines()
    {
        Assert.Equal("A long title", CSharpLiteral.OneLine("  A long\n   title "));
    }

    private static string Evaluate(string literal)
    {
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        return (string)((LiteralExpressionSyntax)expression).Token.Value!;
    }
}
