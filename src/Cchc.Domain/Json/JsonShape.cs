using System.Text.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// An object type of the format, described once as its table of members: reading an object checks its shape and
/// builds it in the same step, so what is accepted, what is reported and what is built cannot drift apart.
/// </summary>
/// <typeparam name="T">The builder of the object.</typeparam>
internal sealed class JsonShape<T>
{
    private readonly JsonMember<T>[] _members;
    private readonly byte[]? _discriminator;
    private readonly string? _discriminatorName;

    /// <param name="members">The members, in the order of the format's documentation (and of messages).</param>
    /// <param name="discriminator">The member naming the kind of a union object, read before the object and otherwise skipped.</param>
    public JsonShape(JsonMember<T>[] members, string? discriminator = null)
    {
        if (members.Length > 63)
        {
            throw new ArgumentException("At most 63 members per object.", nameof(members));
        }

        _members = members;
        _discriminatorName = discriminator;
        _discriminator = discriminator is null ? null : System.Text.Encoding.UTF8.GetBytes(discriminator);
        MemberList = string.Join(", ", members.Select(m => m.Name));
    }

    /// <summary>The names of the members, comma-separated, for messages.</summary>
    public string MemberList { get; }

    /// <summary>
    /// Reads the object the pass stands on into <paramref name="target"/>: every member the table knows is read by
    /// its entry, unknown and repeated members are reported and skipped, missing required members are reported.
    /// </summary>
    /// <returns>Whether the object was read without a structural error.</returns>
    public bool Read(ref JsonPass pass, T target)
    {
        if (pass.Token != JsonTokenType.StartObject)
        {
            pass.WrongType(("an object", "một đối tượng"));
            return false;
        }

        var state = pass.State;
        var errors = state.Errors;
        var seen = 0UL;
        List<string>? unknown = null;
        while (true)
        {
            pass.Next();
            if (pass.Token == JsonTokenType.EndObject)
            {
                break;
            }

            var index = Find(ref pass);
            var name = index < 0 ? pass.Name() : index < _members.Length ? _members[index].Name : _discriminatorName!;
            state.Path.Push(name);
            pass.Next();
            if (index < 0 ? (unknown ??= []).Contains(name, StringComparer.Ordinal) : (seen & (1UL << index)) != 0)
            {
                state.Report(JsonDiagnostics.DuplicateMember, name);
                pass.Skip();
            }
            else if (index < 0)
            {
                unknown!.Add(name);
                var severity = state.Options.UnknownMembersAreWarnings ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                state.Report(JsonDiagnostics.UnknownMember.Create(severity, state.Path.ToPointer(), name, MemberList));
                pass.Skip();
            }
            else
            {
                seen |= 1UL << index;
                if (index == _members.Length)
                {
                    pass.Skip();
                }
                else
                {
                    ReadValue(ref pass, _members[index], target);
                }
            }

            state.Path.Pop();
        }

        for (var i = 0; i < _members.Length; i++)
        {
            if (_members[i].Required && (seen & (1UL << i)) == 0)
            {
                state.Report(JsonDiagnostics.MissingMember, _members[i].Name);
            }
        }

        return state.Errors == errors;
    }

    private static void ReadValue(ref JsonPass pass, JsonMember<T> member, T target)
    {
        if (pass.Token != JsonTokenType.Null)
        {
            member.Read(ref pass, target);
        }
        else if (member.Required)
        {
            pass.State.Report(JsonDiagnostics.NullNotAllowed, member.Expected.En, member.Expected.Vi);
        }
    }

    /// <summary>The index of the member the pass's property name names, the member count for the discriminator, or -1.</summary>
    private int Find(ref JsonPass pass)
    {
        for (var i = 0; i < _members.Length; i++)
        {
            if (pass.TextEquals(_members[i].Utf8Name))
            {
                return i;
            }
        }

        return _discriminator is not null && pass.TextEquals(_discriminator) ? _members.Length : -1;
    }
}
