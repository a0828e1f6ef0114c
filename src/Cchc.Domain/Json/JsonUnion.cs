using System.Text;
using System.Text.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// A union object of the format: a discriminator member names its kind, and each kind has its own table of
/// members. The discriminator may stand anywhere in the object; the first one decides (a repeated one is reported).
/// </summary>
/// <typeparam name="T">The builder of the union's objects.</typeparam>
internal sealed class JsonUnion<T>
{
    private readonly string _discriminator;
    private readonly byte[] _utf8Discriminator;
    private readonly (string Name, byte[] Utf8, JsonShape<T> Shape)[] _kinds;
    private readonly string _allowed;

    public JsonUnion(string discriminator, params (string Name, JsonMember<T>[] Members)[] kinds)
    {
        _discriminator = discriminator;
        _utf8Discriminator = Encoding.UTF8.GetBytes(discriminator);
        _kinds = [.. kinds.Select(k => (k.Name, Encoding.UTF8.GetBytes(k.Name), new JsonShape<T>(k.Members, discriminator)))];
        _allowed = string.Join(", ", kinds.Select(k => k.Name));
    }

    /// <summary>Reads the object the pass stands on into <paramref name="target"/>.</summary>
    /// <returns>The index of its kind, in the order given, or -1 when it has none the union knows (reported; the object is skipped).</returns>
    public int Read(ref JsonPass pass, T target)
    {
        if (pass.Token != JsonTokenType.StartObject)
        {
            pass.WrongType(("an object", "một đối tượng"));
            return -1;
        }

        var kind = FindKind(ref pass);
        if (kind < 0)
        {
            pass.Skip();
            return -1;
        }

        _ = _kinds[kind].Shape.Read(ref pass, target);
        return kind;
    }

    /// <summary>The index of the kind the first discriminator names, looking ahead without moving the pass; reports what is wrong with it.</summary>
    private int FindKind(ref JsonPass pass)
    {
        var ahead = pass.LookAhead;
        var depth = ahead.CurrentDepth;
        var state = pass.State;
        try
        {
            while (ahead.Read() && ahead.CurrentDepth > depth)
            {
                if (ahead.TokenType != JsonTokenType.PropertyName || !ahead.ValueTextEquals(_utf8Discriminator))
                {
                    _ = ahead.Read();
                    ahead.Skip();
                    continue;
                }

                _ = ahead.Read();
                using var scope = state.Path.Enter(_discriminator);
                if (ahead.TokenType != JsonTokenType.String)
                {
                    var (foundEn, foundVi) = JsonValueKinds.Describe(ahead.TokenType switch
                    {
                        JsonTokenType.StartObject => JsonValueKind.Object,
                        JsonTokenType.StartArray => JsonValueKind.Array,
                        JsonTokenType.Number => JsonValueKind.Number,
                        JsonTokenType.True => JsonValueKind.True,
                        JsonTokenType.False => JsonValueKind.False,
                        _ => JsonValueKind.Null,
                    });
                    state.Report(JsonDiagnostics.WrongType, "a string", foundEn, "một chuỗi", foundVi);
                    return -1;
                }

                for (var i = 0; i < _kinds.Length; i++)
                {
                    if (ahead.ValueTextEquals(_kinds[i].Utf8))
                    {
                        return i;
                    }
                }

                state.Report(JsonDiagnostics.UnknownKind, ahead.GetString(), _allowed);
                return -1;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON further on: the pass itself reports the syntax error when it gets there.
            return -1;
        }

        state.Report(JsonDiagnostics.MissingKind, _discriminator, _allowed);
        return -1;
    }
}
