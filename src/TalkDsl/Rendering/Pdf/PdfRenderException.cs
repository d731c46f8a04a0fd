namespace TalkDsl.Rendering.Pdf;

/// <summary>A PDF could not be printed: no chromium, or chromium failed. The message says what to do.</summary>
public sealed class PdfRenderException(string message, Exception? innerException = null) : Exception(message, innerException);
