using System.Text;
using System.Text.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// Runs one forward pass of a document reader over UTF-8 JSON: byte-order mark, size limit, UTF-8 check, then the
/// root reader, which checks the shape and builds the model at once. Never throws on bad input.
/// </summary>
internal static class JsonOnePass
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// What <paramref name="read"/> built, or the default when the text is not JSON (then the only diagnostic is
    /// the CCHC1001, or the CCHC1015 of a too large input). Structural findings are in <paramref name="state"/>.
    /// </summary>
    public static T? Run<T>(ReadOnlySpan<byte> utf8Json, JsonReadState state, JsonRootReader<T> read)
    {
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (utf8Json.Length > state.Options.MaxInputBytes)
        {
            state.Report(JsonDiagnostics.InputTooLarge.Create(JsonPointer.Root, utf8Json.Length, state.Options.MaxInputBytes));
            return default;
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            state.Report(JsonSyntaxErrors.NotUtf8(utf8Json));
            return default;
        }

        var pass = new JsonPass(utf8Json, state);
        try
        {
            pass.Next();
            var value = read(ref pass);
            pass.End();
            return value;
        }
        catch (JsonPassAbortedException ex)
        {
            state.Discard();
            state.Report(ex.Diagnostic);
            return default;
        }
    }

    /// <summary>Reads a stream to its end, then the bytes.</summary>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static byte[] ReadAll(Stream utf8Json, JsonReadOptions options, out bool tooLarge)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxInputBytes + Utf8Bom.Length)
            {
                tooLarge = true;
                return [];
            }
        }

        tooLarge = false;
        return buffer.ToArray();
    }

    /// <summary>The UTF-8 bytes of a string.</summary>
    public static byte[] Utf8Of(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetBytes(json);
    }
}
