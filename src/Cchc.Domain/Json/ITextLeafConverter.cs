namespace Cchc.Domain.Json;

/// <summary>
/// A converter of a leaf written as a JSON string whose format the shape checker cannot know (a
/// type above the Json namespace): it describes the format and tells whether a text fits it.
/// </summary>
internal interface ITextLeafConverter
{
    /// <summary>What the text must look like, in English and Vietnamese.</summary>
    (string En, string Vi) Description { get; }

    /// <summary>Whether <paramref name="text"/> is a value of the leaf.</summary>
    bool Accepts(string text);
}
