namespace Cchc.Domain.Serialization;

/// <summary>
/// The position of a walk through a document as a stack of reference tokens, turned into a JSON
/// Pointer only when something is reported: the walk itself allocates nothing per value.
/// </summary>
internal sealed class JsonPath
{
    private readonly List<(string? Member, int Index)> _segments = [];

    public void Push(string member) => _segments.Add((member, -1));

    public void Push(int index) => _segments.Add((null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public string ToPointer()
    {
        var pointer = JsonPointer.Root;
        foreach (var (member, index) in _segments)
        {
            pointer = member is null ? JsonPointer.Append(pointer, index) : JsonPointer.Append(pointer, member);
        }

        return pointer;
    }
}
