namespace Cchc.Domain.Diagnostics;

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

    /// <summary>Steps into <paramref name="member"/> until the returned scope is disposed.</summary>
    public Scope Enter(string member)
    {
        var scope = new Scope(this, _segments.Count);
        Push(member);
        return scope;
    }

    /// <summary>Steps into item <paramref name="index"/> until the returned scope is disposed.</summary>
    public Scope Enter(int index)
    {
        var scope = new Scope(this, _segments.Count);
        Push(index);
        return scope;
    }

    /// <summary>Steps into item <paramref name="index"/> of the list <paramref name="member"/> until the returned scope is disposed.</summary>
    public Scope Enter(string member, int index)
    {
        var scope = new Scope(this, _segments.Count);
        Push(member);
        Push(index);
        return scope;
    }

    /// <summary>Whether the first reference token is <paramref name="member"/>.</summary>
    public bool StartsWith(string member) => _segments.Count > 0 && string.Equals(_segments[0].Member, member, StringComparison.Ordinal);

    public string ToPointer()
    {
        var pointer = JsonPointer.Root;
        foreach (var (member, index) in _segments)
        {
            pointer = member is null ? JsonPointer.Append(pointer, index) : JsonPointer.Append(pointer, member);
        }

        return pointer;
    }

    /// <summary>The pointer to <paramref name="member"/> of the current value.</summary>
    public string ToPointer(string member) => JsonPointer.Append(ToPointer(), member);

    /// <summary>The pointer to item <paramref name="index"/> of the list <paramref name="member"/> of the current value.</summary>
    public string ToPointer(string member, int index) => JsonPointer.Append(ToPointer(member), index);

    /// <summary>Returns the path to where it was when the scope was entered.</summary>
    internal readonly struct Scope(JsonPath path, int depth) : IDisposable
    {
        public void Dispose() => path._segments.RemoveRange(depth, path._segments.Count - depth);
    }
}
