namespace TalkDsl.Rendering.Pptx;

/// <summary>
/// The fixed parts of every presentation, as XML: the theme, the slide master with its text styles, the
/// three layouts (title slide, title and content, two contents) and the notes master. The slides refer
/// to these by placeholder; their positions match <see cref="PptxGeometry"/>.
/// </summary>
internal static class PptxTemplate
{
    private const string Namespaces = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    private const string GroupShape = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

    private const string ColorMap = "bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"";

    public const string Theme = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="TalkDsl">
        <a:themeElements>
        <a:clrScheme name="TalkDsl">
        <a:dk1><a:srgbClr val="222222"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>
        <a:dk2><a:srgbClr val="1F2937"/></a:dk2><a:lt2><a:srgbClr val="F3F4F6"/></a:lt2>
        <a:accent1><a:srgbClr val="2A76DD"/></a:accent1><a:accent2><a:srgbClr val="E0701B"/></a:accent2>
        <a:accent3><a:srgbClr val="3C9A47"/></a:accent3><a:accent4><a:srgbClr val="B8352F"/></a:accent4>
        <a:accent5><a:srgbClr val="7B4FA0"/></a:accent5><a:accent6><a:srgbClr val="128C8C"/></a:accent6>
        <a:hlink><a:srgbClr val="2A76DD"/></a:hlink><a:folHlink><a:srgbClr val="7B4FA0"/></a:folHlink>
        </a:clrScheme>
        <a:fontScheme name="TalkDsl">
        <a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
        <a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>
        </a:fontScheme>
        <a:fmtScheme name="TalkDsl">
        <a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
        <a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
        <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
        <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>
        </a:fmtScheme>
        </a:themeElements>
        </a:theme>
        """;

    /// <summary>The slide master; <paramref name="layoutIds"/> are the relationship ids of its layouts, in order.</summary>
    public static string SlideMaster(IReadOnlyList<string> layoutIds) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldMaster {Namespaces}>
        <p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>{GroupShape}
        {Placeholder(2, "Title Placeholder 1", "type=\"title\"", PptxGeometry.Title)}
        {Placeholder(3, "Text Placeholder 2", "type=\"body\" idx=\"1\"", PptxGeometry.Content)}
        </p:spTree></p:cSld>
        <p:clrMap {ColorMap}/>
        <p:sldLayoutIdLst>{string.Concat(layoutIds.Select((id, i) => $"<p:sldLayoutId id=\"{2147483649L + i}\" r:id=\"{id}\"/>"))}</p:sldLayoutIdLst>
        <p:txStyles>
        <p:titleStyle><a:lvl1pPr algn="l"><a:defRPr sz="3600" b="1"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle>
        <p:bodyStyle>{BodyLevel(1, 2400)}{BodyLevel(2, 2000)}{BodyLevel(3, 1800)}{BodyLevel(4, 1800)}{BodyLevel(5, 1800)}</p:bodyStyle>
        <p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle>
        </p:txStyles>
        </p:sldMaster>
        """;

    /// <summary>The three layouts: 1 title slide, 2 title and content, 3 two contents.</summary>
    public static IReadOnlyList<string> Layouts { get; } =
    [
        Layout("title", "Title Slide",
            Placeholder(2, "Title 1", "type=\"ctrTitle\"", PptxGeometry.CentredTitle),
            Placeholder(3, "Subtitle 2", "type=\"subTitle\" idx=\"1\"", PptxGeometry.Subtitle)),
        Layout("obj", "Title and Content",
            Placeholder(2, "Title 1", "type=\"title\"", PptxGeometry.Title),
            Placeholder(3, "Content Placeholder 2", "idx=\"1\"", PptxGeometry.Content)),
        Layout("twoObj", "Two Content",
            Placeholder(2, "Title 1", "type=\"title\"", PptxGeometry.Title),
            Placeholder(3, "Content Placeholder 2", "sz=\"half\" idx=\"1\"", PptxGeometry.Column(0, 0.5)),
            Placeholder(4, "Content Placeholder 3", "sz=\"half\" idx=\"2\"", PptxGeometry.Column(1, 0.5))),
    ];

    public static string NotesMaster { get; } = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:notesMaster {Namespaces}>
        <p:cSld><p:spTree>{GroupShape}
        {Placeholder(2, "Slide Image Placeholder 1", "type=\"sldImg\" idx=\"2\"", PptxGeometry.NotesSlideImage, withText: false)}
        {Placeholder(3, "Notes Placeholder 2", "type=\"body\" sz=\"quarter\" idx=\"3\"", PptxGeometry.NotesBody)}
        </p:spTree></p:cSld>
        <p:clrMap {ColorMap}/>
        </p:notesMaster>
        """;

    private static string Layout(string type, string name, params string[] shapes) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldLayout {Namespaces} type="{type}" preserve="1">
        <p:cSld name="{name}"><p:spTree>{GroupShape}{string.Concat(shapes)}</p:spTree></p:cSld>
        <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>
        </p:sldLayout>
        """;

    private static string BodyLevel(int level, int size) =>
        $"<a:lvl{level}pPr marL=\"{(level - 1) * 342900}\" indent=\"0\"><a:spcBef><a:spcPts val=\"600\"/></a:spcBef><a:buNone/><a:defRPr sz=\"{size}\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl{level}pPr>";

    private static string Placeholder(int id, string name, string placeholder, PptxGeometry.Box box, bool withText = true) =>
        $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph {placeholder}/></p:nvPr></p:nvSpPr>"
        + $"<p:spPr><a:xfrm><a:off x=\"{box.X}\" y=\"{box.Y}\"/><a:ext cx=\"{box.Width}\" cy=\"{box.Height}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
        + (withText ? "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-GB\"/></a:p></p:txBody>" : string.Empty)
        + "</p:sp>";
}
