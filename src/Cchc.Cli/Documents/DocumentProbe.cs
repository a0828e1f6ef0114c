using System.Text.Json;

namespace Cchc.Cli.Documents;

/// <summary>
/// A quick look at a document before reading it: its top-level member names, its <c>$schema</c>, and
/// where its JSON breaks, if it does. Never throws on bad input.
/// </summary>
internal sealed class DocumentProbe
{
    private DocumentProbe(HashSet<string> members, string? schema, (int Line, int Column)? syntaxError)
    {
        Members = members;
        Schema = schema;
        SyntaxError = syntaxError;
    }

    public IReadOnlySet<string> Members { get; }

    public string? Schema { get; }

    /// <summary>The 1-based line and column where the JSON stops being well-formed, if it does.</summary>
    public (int Line, int Column)? SyntaxError { get; }

    public static DocumentProbe Of(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        string? schema = null;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                SkipRest(ref reader);
                return new DocumentProbe(members, schema, null);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                members.Add(name);
                reader.Read();
                if (string.Equals(name, "$schema", StringComparison.Ordinal) && reader.TokenType == JsonTokenType.String)
                {
                    schema = reader.GetString();
                }

                reader.Skip();
            }

            SkipRest(ref reader);
            return new DocumentProbe(members, schema, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            var position = ex is JsonException json ? ((int)(json.LineNumber ?? 0) + 1, (int)(json.BytePositionInLine ?? 0) + 1) : (1, 1);
            return new DocumentProbe(members, schema, position);
        }
    }

    private static void SkipRest(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            reader.Skip();
        }
    }
}
