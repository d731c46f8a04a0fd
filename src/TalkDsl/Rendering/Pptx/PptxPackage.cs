using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using TalkDsl.Model;
using TalkDsl.Rendering.Office;
using A = DocumentFormat.OpenXml.Drawing;

namespace TalkDsl.Rendering.Pptx;

/// <summary>The parts of a presentation: the fixed ones from <see cref="PptxTemplate"/>, then the slides and their notes pages as they are added.</summary>
internal sealed class PptxPackage
{
    private readonly PresentationDocument _document;

    private readonly PresentationPart _presentation;

    private readonly SlideMasterPart _master;

    private readonly List<SlideLayoutPart> _layouts = [];

    private readonly NotesMasterPart _notesMaster;

    private readonly SlideIdList _slideIds = new();

    public PptxPackage(PresentationDocument document)
    {
        _document = document;
        _presentation = document.AddPresentationPart();
        _master = _presentation.AddNewPart<SlideMasterPart>("rIdMaster");
        var theme = _master.AddNewPart<ThemePart>("rIdTheme");
        Feed(theme, PptxTemplate.Theme);
        _presentation.AddPart(theme, "rIdTheme");
        var layoutIds = new List<string>();
        for (var i = 0; i < PptxTemplate.Layouts.Count; i++)
        {
            var id = $"rIdLayout{i + 1}";
            var layout = _master.AddNewPart<SlideLayoutPart>(id);
            Feed(layout, PptxTemplate.Layouts[i]);
            layout.AddPart(_master);
            _layouts.Add(layout);
            layoutIds.Add(id);
        }

        Feed(_master, PptxTemplate.SlideMaster(layoutIds));
        _notesMaster = _presentation.AddNewPart<NotesMasterPart>("rIdNotesMaster");
        Feed(_notesMaster, PptxTemplate.NotesMaster);
        Feed(_notesMaster.AddNewPart<ThemePart>("rIdTheme"), PptxTemplate.Theme);
    }

    /// <summary>Adds an empty slide on layout <paramref name="layout"/> (0 title, 1 title and content, 2 two contents).</summary>
    public SlidePart AddSlide(int layout)
    {
        var id = $"rIdSlide{_slideIds.ChildElements.Count + 1}";
        var part = _presentation.AddNewPart<SlidePart>(id);
        part.AddPart(_layouts[layout]);
        part.Slide = new Slide(
            new CommonSlideData(new ShapeTree(
                new NonVisualGroupShapeProperties(new NonVisualDrawingProperties { Id = 1, Name = string.Empty }, new NonVisualGroupShapeDrawingProperties(), new ApplicationNonVisualDrawingProperties()),
                new GroupShapeProperties(new A.TransformGroup()))),
            new ColorMapOverride(new A.MasterColorMapping()));
        _slideIds.Append(new SlideId { Id = (uint)(256 + _slideIds.ChildElements.Count), RelationshipId = id });
        return part;
    }

    /// <summary>Gives <paramref name="slide"/> a notes page holding <paramref name="notes"/>.</summary>
    public void AddNotes(SlidePart slide, IReadOnlyList<OfficeBlock> notes)
    {
        var part = slide.AddNewPart<NotesSlidePart>();
        part.AddPart(_notesMaster);
        part.AddPart(slide);
        var paragraphs = notes.SelectMany(block => block switch
        {
            OfficeParagraph paragraph => [paragraph],
            OfficeHeading heading => [new OfficeParagraph(heading.Runs)],
            OfficeCode code => [new OfficeParagraph([new OfficeRun(code.Text, Monospace: true)])],
            OfficeImage image => [new OfficeParagraph([new OfficeRun($"[image: {image.Address}]", Italic: true)])],
            _ => Array.Empty<OfficeParagraph>(),
        }).ToList();
        part.NotesSlide = new NotesSlide(
            new CommonSlideData(new ShapeTree(
                new NonVisualGroupShapeProperties(new NonVisualDrawingProperties { Id = 1, Name = string.Empty }, new NonVisualGroupShapeDrawingProperties(), new ApplicationNonVisualDrawingProperties()),
                new GroupShapeProperties(new A.TransformGroup()),
                new Shape(
                    new NonVisualShapeProperties(
                        new NonVisualDrawingProperties { Id = 2, Name = "Slide Image Placeholder 1" },
                        new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true, NoRotation = true, NoChangeAspect = true }),
                        new ApplicationNonVisualDrawingProperties(new PlaceholderShape { Type = PlaceholderValues.SlideImage })),
                    new ShapeProperties()),
                new Shape(
                    new NonVisualShapeProperties(
                        new NonVisualDrawingProperties { Id = 3, Name = "Notes Placeholder 2" },
                        new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                        new ApplicationNonVisualDrawingProperties(new PlaceholderShape { Type = PlaceholderValues.Body, Index = 1 })),
                    new ShapeProperties(),
                    new TextBody([new A.BodyProperties(), new A.ListStyle(), .. paragraphs.Select(p => PptxShapes.Paragraph(p, link: null))])))),
            new ColorMapOverride(new A.MasterColorMapping()));
    }

    /// <summary>Writes the presentation part: the master, the slides in order, the slide size (16:9) and the document's title and authors.</summary>
    public void Complete(TalkMetadata metadata)
    {
        _presentation.Presentation = new Presentation(
            new SlideMasterIdList(new SlideMasterId { Id = 2147483648U, RelationshipId = "rIdMaster" }),
            new NotesMasterIdList(new NotesMasterId { Id = "rIdNotesMaster" }),
            _slideIds,
            new SlideSize { Cx = (int)PptxGeometry.SlideWidth, Cy = (int)PptxGeometry.SlideHeight },
            new NotesSize { Cx = PptxGeometry.NotesWidth, Cy = PptxGeometry.NotesHeight })
        { SaveSubsetFonts = true };
        _document.PackageProperties.Title = OfficeText.Clean(metadata.Title ?? string.Empty);
        _document.PackageProperties.Creator = OfficeText.Clean(string.Join(", ", metadata.Authors.Select(a => a.DisplayName)));
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
