using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using A = DocumentFormat.OpenXml.Drawing;

namespace TalkDsl.Rendering.Office;

/// <summary>A picture's image reference in both Office formats: the embedded image, and the SVG beside its PNG fallback when there is one.</summary>
internal static class OfficeBlip
{
    public static A.Blip Create(string imageId, string? svgId)
    {
        var blip = new A.Blip { Embed = imageId };
        if (svgId is not null)
        {
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(new SVGBlip { Embed = svgId }) { Uri = OfficeImageFile.SvgBlipExtension }));
        }

        return blip;
    }

    public static void Feed(OpenXmlPart part, byte[] bytes)
    {
        using var data = new MemoryStream(bytes);
        part.FeedData(data);
    }
}
