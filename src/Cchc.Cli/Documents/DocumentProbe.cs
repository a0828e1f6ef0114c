using System.Text.Json;

namespace Cchc.Cli.Documents;

/// <summary>
/// A quick look at a document before reading it, to tell its kind: its top-level member names and its
/// <c>$schema</c>. Never throws on bad input.
/// </summary>
internal sealed class DocumentProbe
{
    private DocumentProbe(HashSet<string> members, string? schema)
    {
        Members = members;
        Schema = schema;
    }

    public IReadOnlySet<string> Members { get; }

    public string? Schema { get; }


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
                return new DocumentProbe(members, schema);
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
            return new DocumentProbe(members, schema);
        }
        catch (JsonException)
        {
            // Malformed past this point: the reader reports where; the probe keeps what it saw.
            return new DocumentProbe(members, schema);
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 in a member name: the same.
            return new DocumentProbe(members, schema);
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
