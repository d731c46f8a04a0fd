using System.Buffers.Binary;
using TalkDsl.Formats;
using TalkDsl.Rendering.Pdf;

namespace TalkDsl.Rendering.Office;

/// <summary>
/// An image file the PowerPoint and Word files embed: its bytes, content type and size in pixels, read
/// from the file's header (PNG, JPEG, GIF). An SVG is embedded as itself (<see cref="Svg"/>) with a PNG
/// drawn by chromium for the programs that cannot show SVG; without chromium it is not embedded.
/// </summary>
internal sealed record OfficeImageFile(byte[] Bytes, string ContentType, int Width, int Height)
{
    /// <summary>The extension of a picture's blip that holds its SVG (Office 2016 and later).</summary>
    public const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    /// <summary>The SVG file, when the image is one: <see cref="Bytes"/> is then its PNG fallback.</summary>
    public byte[]? Svg { get; init; }

    /// <summary>The image an address names in the media folder, ready to embed; null when it is not there, not an image we read, or an SVG without chromium.</summary>
    public static OfficeImageFile? Find(FormatContext context, string address)
    {
        if (context.ImageFile(address) is not { } path)
        {
            return null;
        }

        if (!path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return Load(path);
        }

        if (context.Browser is null || PdfBrowser.Missing(context.Options.Pdf) is not null)
        {
            return null;
        }

        try
        {
            var (png, width, height) = context.Browser.Rasterise(path);
            return new OfficeImageFile(png, "image/png", width, height) { Svg = File.ReadAllBytes(path) };
        }
        catch (PdfRenderException)
        {
            return null; // shown as its path, like any image that cannot be embedded
        }
    }

    /// <summary>One pixel at 96 dpi in English Metric Units, the unit of Office drawings.</summary>
    public const long EmuPerPixel = 9525;

    /// <summary>Reads <paramref name="path"/>, or returns null when it is not a PNG, JPEG or GIF with a readable size.</summary>
    public static OfficeImageFile? Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (span.Length >= 24 && span[..8].SequenceEqual((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Sized(bytes, "image/png", BinaryPrimitives.ReadInt32BigEndian(span[16..]), BinaryPrimitives.ReadInt32BigEndian(span[20..]));
        }

        if (span.Length >= 10 && span[..3].SequenceEqual("GIF"u8))
        {
            return Sized(bytes, "image/gif", BinaryPrimitives.ReadUInt16LittleEndian(span[6..]), BinaryPrimitives.ReadUInt16LittleEndian(span[8..]));
        }

        if (span.Length >= 4 && span[0] == 0xFF && span[1] == 0xD8)
        {
            // Walk the JPEG segments to the frame header (SOFn), which holds the size.
            for (var i = 2; i + 9 < span.Length;)
            {
                if (span[i] != 0xFF)
                {
                    return null;
                }

                var marker = span[i + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(span[(i + 2)..]);
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    return Sized(bytes, "image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(span[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(span[(i + 5)..]));
                }

                i += 2 + length;
            }
        }

        return null;
    }

    /// <summary>The size in EMU scaled down (never up) to fit <paramref name="maxWidth"/> × <paramref name="maxHeight"/>, keeping the aspect ratio.</summary>
    public (long Width, long Height) Fit(long maxWidth, long maxHeight)
    {
        var width = Width * EmuPerPixel;
        var height = Height * EmuPerPixel;
        var scale = Math.Min(1.0, Math.Min((double)maxWidth / width, (double)maxHeight / height));
        return ((long)(width * scale), (long)(height * scale));
    }

    private static OfficeImageFile? Sized(byte[] bytes, string contentType, int width, int height) =>
        width > 0 && height > 0 ? new OfficeImageFile(bytes, contentType, width, height) : null;
}
