namespace Cchc.Domain.Json;

/// <summary>Parses the text of a string leaf (a date, a month, a partial date…); <see langword="false"/> when it is not of the form.</summary>
/// <typeparam name="T">The value parsed.</typeparam>
internal delegate bool JsonTextParser<T>(string text, out T value);
