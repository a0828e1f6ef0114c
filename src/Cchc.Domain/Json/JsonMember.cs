using System.Text;

namespace Cchc.Domain.Json;

/// <summary>
/// One member of an object of the format: its JSON name, whether it is required, what it holds (for messages)
/// and how its value is read into the builder. The same entry decides what is accepted, reported and built.
/// </summary>
/// <typeparam name="T">The builder of the object.</typeparam>
internal sealed class JsonMember<T>
{
    public JsonMember(string name, bool required, (string En, string Vi) expected, JsonMemberReader<T> read)
    {
        Name = name;
        Utf8Name = Encoding.UTF8.GetBytes(name);
        Required = required;
        Expected = expected;
        Read = read;
    }

    public string Name { get; }

    public byte[] Utf8Name { get; }

    /// <summary>Whether the member must be there and must not be null; an optional member may be null, read as absent.</summary>
    public bool Required { get; }

    /// <summary>What the value must be, in English and Vietnamese (the CCHC1006 message of a null).</summary>
    public (string En, string Vi) Expected { get; }

    public JsonMemberReader<T> Read { get; }
}
