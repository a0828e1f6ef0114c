using System.Text;
using System.Text.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// One forward pass over a UTF-8 JSON text: a <see cref="Utf8JsonReader"/> with the checks the format adds
/// (lone surrogate escapes, string length) and the reporting of wrong types and bad values at the current path.
/// A syntax error ends the pass by throwing <see cref="JsonPassAbortedException"/>, which <see cref="JsonOnePass"/> catches.
/// </summary>
internal ref struct JsonPass
{
    private readonly ReadOnlySpan<byte> _text;
    private Utf8JsonReader _reader;

    public JsonPass(ReadOnlySpan<byte> text, JsonReadState state)
    {
        _text = text;
        State = state;
        _reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = state.Options.MaxDepth });
    }

    public JsonReadState State { get; }

    /// <summary>The token the pass stands on.</summary>
    public readonly JsonTokenType Token => _reader.TokenType;

    /// <summary>A copy of the reader, to look ahead without moving the pass.</summary>
    public readonly Utf8JsonReader LookAhead => _reader;

    /// <summary>Moves to the next token; a syntax error or a lone surrogate escape ends the pass.</summary>
    public void Next()
    {
        try
        {
            _ = _reader.Read();
        }
        catch (JsonException ex)
        {
            throw new JsonPassAbortedException(JsonSyntaxErrors.Of(_text, ex, State.Options.MaxDepth));
        }

        if (_reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && _reader.ValueIsEscaped)
        {
            var lone = JsonEscapes.FindLoneSurrogate(_reader.ValueSpan);
            if (lone >= 0)
            {
                throw new JsonPassAbortedException(JsonSyntaxErrors.At(_text, (int)_reader.TokenStartIndex + 1 + lone, JsonSyntaxText.LoneSurrogate));
            }
        }
    }

    /// <summary>After the root value: anything but whitespace is an error.</summary>
    public void End()
    {
        try
        {
            if (_reader.Read())
            {
                throw new JsonPassAbortedException(JsonSyntaxErrors.At(_text, (int)_reader.TokenStartIndex, JsonSyntaxText.TrailingContent));
            }
        }
        catch (JsonException ex)
        {
            throw new JsonPassAbortedException(JsonSyntaxErrors.Of(_text, ex, State.Options.MaxDepth));
        }
    }

    /// <summary>Steps over the current value, checking every token of it.</summary>
    public void Skip()
    {
        if (_reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = _reader.CurrentDepth;
        do
        {
            Next();
        }
        while (_reader.CurrentDepth > depth || _reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray));
    }

    /// <summary>Whether the current property name or string is <paramref name="utf8"/>.</summary>
    public readonly bool TextEquals(ReadOnlySpan<byte> utf8) => _reader.ValueTextEquals(utf8);

    /// <summary>The current property name (decoded; only for names the format does not know).</summary>
    public readonly string Name() => _reader.GetString()!;

    /// <summary>Reads a string; a wrong type or a string longer than the limit is reported, and then <see langword="false"/>.</summary>
    public bool TryString(out string value)
    {
        value = string.Empty;
        if (_reader.TokenType != JsonTokenType.String)
        {
            WrongType(JsonValueKinds.Describe(typeof(string)));
            return false;
        }

        if (_reader.ValueSpan.Length > State.Options.MaxStringLength)
        {
            var text = _reader.GetString()!;
            if (text.Length > State.Options.MaxStringLength)
            {
                State.Report(JsonDiagnostics.StringTooLong, text.Length, State.Options.MaxStringLength);
                return false;
            }

            value = text;
            return true;
        }

        value = _reader.GetString()!;
        return true;
    }

    /// <summary>Reads a whole number that fits an <see cref="int"/>.</summary>
    public bool TryInt32(out int value)
    {
        value = 0;
        if (!IsNumber(typeof(int)))
        {
            return false;
        }

        if (_reader.TryGetInt32(out value))
        {
            return true;
        }

        OutOfRange(typeof(int));
        return false;
    }

    /// <summary>Reads a number that fits a <see cref="decimal"/>.</summary>
    public bool TryDecimal(out decimal value)
    {
        value = 0;
        if (!IsNumber(typeof(decimal)))
        {
            return false;
        }

        if (_reader.TryGetDecimal(out value))
        {
            return true;
        }

        OutOfRange(typeof(decimal));
        return false;
    }

    /// <summary>Reads a code of <typeparamref name="TEnum"/>; a code outside the list is reported.</summary>
    public bool TryCode<TEnum>(out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (_reader.TokenType != JsonTokenType.String)
        {
            WrongType(JsonValueKinds.Describe(typeof(TEnum)));
            return false;
        }

        var utf8 = JsonCodes<TEnum>.Utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (_reader.ValueTextEquals(utf8[i]))
            {
                value = JsonCodes<TEnum>.Values[i];
                return true;
            }
        }

        State.Report(JsonDiagnostics.UnknownCode, _reader.GetString(), JsonCodes<TEnum>.List);
        return false;
    }

    /// <summary>Reads a string in a form <paramref name="parse"/> accepts; <paramref name="form"/> says which (CCHC1007 otherwise).</summary>
    public bool TryText<T>(JsonTextParser<T> parse, (string En, string Vi) form, out T value)
    {
        value = default!;
        if (_reader.TokenType != JsonTokenType.String)
        {
            WrongType(form);
            return false;
        }

        if (parse(_reader.GetString()!, out value))
        {
            return true;
        }

        State.Report(JsonDiagnostics.InvalidDate, Raw(), form.En, form.Vi);
        return false;
    }

    /// <summary>Reports that the current value is not of the <paramref name="expected"/> type and steps over it.</summary>
    public void WrongType((string En, string Vi) expected)
    {
        var (foundEn, foundVi) = JsonValueKinds.Describe(Kind(_reader.TokenType));
        State.Report(JsonDiagnostics.WrongType, expected.En, foundEn, expected.Vi, foundVi);
        Skip();
    }

    /// <summary>The byte offset of the current token, for a position computed only when something is reported.</summary>
    public readonly long Offset => _reader.TokenStartIndex;

    private bool IsNumber(Type type)
    {
        if (_reader.TokenType == JsonTokenType.Number)
        {
            return true;
        }

        WrongType(JsonValueKinds.Describe(type));
        return false;
    }

    private void OutOfRange(Type type)
    {
        var (en, vi) = JsonValueKinds.Describe(type);
        State.Report(JsonDiagnostics.NumberOutOfRange, Raw(), en, vi);
    }

    /// <summary>The current value as written in the text (a string with its quotes).</summary>
    private readonly string Raw()
    {
        var start = (int)_reader.TokenStartIndex;
        var length = _reader.ValueSpan.Length + (_reader.TokenType == JsonTokenType.String ? 2 : 0);
        return Encoding.UTF8.GetString(_text.Slice(start, length));
    }

    private static JsonValueKind Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    };
}
