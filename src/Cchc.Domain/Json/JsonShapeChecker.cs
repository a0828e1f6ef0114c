using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// Walks a parsed document alongside the source-generated contract of its transfer types and reports
/// every structural problem at once: wrong JSON types, missing required members, unknown and duplicate
/// members, nulls where a value is needed, impossible dates, codes outside their list, unknown kinds.
/// </summary>
/// <remarks>
/// The contract (<see cref="JsonTypeInfo"/>) is the single source of truth: the same metadata that
/// (de)serializes the document decides what is accepted, so the checker and the serializer cannot
/// drift apart. A document the checker accepts deserializes without error.
/// </remarks>
internal sealed class JsonShapeChecker
{
    private static readonly ConditionalWeakTable<JsonTypeInfo, ObjectShape> Shapes = new();

    private readonly JsonSerializerOptions _options;
    private readonly JsonReadOptions _readOptions;
    private readonly List<Diagnostic> _diagnostics;
    private readonly JsonPath _path = new();
    private readonly Stack<HashSet<string>> _sets = new();

    public JsonShapeChecker(JsonSerializerOptions options, JsonReadOptions readOptions, List<Diagnostic> diagnostics)
    {
        _options = options;
        _readOptions = readOptions;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks <paramref name="element"/>, the whole document, against <paramref name="typeInfo"/>; returns whether it found no error.</summary>
    public bool Check(JsonElement element, JsonTypeInfo typeInfo)
    {
        var errorsBefore = _diagnostics.Count(d => d.IsError);
        CheckValue(element, typeInfo, nullable: false);
        return _diagnostics.Count(d => d.IsError) == errorsBefore;
    }

    private void CheckValue(JsonElement element, JsonTypeInfo typeInfo, bool nullable)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!nullable && Nullable.GetUnderlyingType(typeInfo.Type) is null)
            {
                var (en, vi) = Expected(typeInfo, type);
                _diagnostics.Add(JsonDiagnostics.NullNotAllowed.Create(_path.ToPointer(), en, vi));
            }

            return;
        }

        if ((type == typeInfo.Type ? typeInfo : _options.GetTypeInfo(type)).Converter is ITextLeafConverter textLeaf)
        {
            CheckTextLeaf(element, textLeaf);
            return;
        }

        if (JsonValueKinds.ExpectedKind(type) is { } leafKind)
        {
            CheckLeaf(element, type, leafKind);
            return;
        }

        if (type != typeInfo.Type)
        {
            typeInfo = _options.GetTypeInfo(type);
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, typeInfo);
                break;
            case JsonTypeInfoKind.Enumerable:
                CheckArray(element, typeInfo);
                break;
            case JsonTypeInfoKind.Dictionary:
                CheckDictionary(element, typeInfo);
                break;
            default:
                CheckByDeserializing(element, typeInfo);
                break;
        }
    }

    private void CheckLeaf(JsonElement element, Type type, JsonValueKind expected)
    {
        if (!JsonValueKinds.Fits(expected, element.ValueKind))
        {
            ReportWrongType(element, JsonValueKinds.Describe(type));
            return;
        }

        if (type.IsEnum)
        {
            var codes = EnumCodes.Of(type);
            var text = element.GetString()!;
            if (!codes.Contains(text, StringComparer.Ordinal))
            {
                _diagnostics.Add(JsonDiagnostics.UnknownCode.Create(_path.ToPointer(), text, string.Join(", ", codes)));
            }

            return;
        }

        if (!JsonValueKinds.HoldsValue(type, element))
        {
            var (en, vi) = JsonValueKinds.Describe(type);
            var descriptor = expected == JsonValueKind.String ? JsonDiagnostics.InvalidDate : JsonDiagnostics.NumberOutOfRange;
            _diagnostics.Add(descriptor.Create(_path.ToPointer(), element.GetRawText(), en, vi));
        }
    }

    private void CheckTextLeaf(JsonElement element, ITextLeafConverter leaf)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            ReportWrongType(element, leaf.Description);
        }
        else if (!leaf.Accepts(element.GetString()!))
        {
            _diagnostics.Add(JsonDiagnostics.InvalidDate.Create(_path.ToPointer(), element.GetRawText(), leaf.Description.En, leaf.Description.Vi));
        }
    }

    private void CheckObject(JsonElement element, JsonTypeInfo typeInfo)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            ReportWrongType(element, ("an object", "một đối tượng"));
            return;
        }

        string? discriminator = null;
        if (typeInfo.PolymorphismOptions is { } polymorphism)
        {
            discriminator = polymorphism.TypeDiscriminatorPropertyName;
            var derived = ResolveDerivedType(element, polymorphism);
            if (derived is null)
            {
                return;
            }

            typeInfo = _options.GetTypeInfo(derived);
        }

        var shape = Shapes.GetValue(typeInfo, static info => new ObjectShape(info));
        var seen = RentSet();
        WalkMembers(element, seen, (name, value) =>
        {
            if (shape.Members.TryGetValue(name, out var property))
            {
                CheckValue(value, _options.GetTypeInfo(property.PropertyType), property.IsSetNullable);
            }
            else if (!string.Equals(name, discriminator, StringComparison.Ordinal))
            {
                var severity = _readOptions.UnknownMembersAreWarnings ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                _diagnostics.Add(JsonDiagnostics.UnknownMember.Create(severity, _path.ToPointer(), name, shape.MemberList));
            }
        });

        foreach (var required in shape.Required)
        {
            if (!seen.Contains(required))
            {
                _diagnostics.Add(JsonDiagnostics.MissingMember.Create(_path.ToPointer(), required));
            }
        }

        ReturnSet(seen);
    }

    private Type? ResolveDerivedType(JsonElement element, JsonPolymorphismOptions polymorphism)
    {
        var name = polymorphism.TypeDiscriminatorPropertyName;
        var kinds = polymorphism.DerivedTypes.Select(d => d.TypeDiscriminator?.ToString() ?? string.Empty).ToList();
        var allowed = string.Join(", ", kinds);
        if (!TryGetFirst(element, name, out var kind))
        {
            _diagnostics.Add(JsonDiagnostics.MissingKind.Create(_path.ToPointer(), name, allowed));
            return null;
        }

        var kindPath = JsonPointer.Append(_path.ToPointer(), name);
        if (kind.ValueKind != JsonValueKind.String)
        {
            var (foundEn, foundVi) = JsonValueKinds.Describe(kind.ValueKind);
            _diagnostics.Add(JsonDiagnostics.WrongType.Create(kindPath, "a string", foundEn, "một chuỗi", foundVi));
            return null;
        }

        var text = kind.GetString()!;
        var match = polymorphism.DerivedTypes.FirstOrDefault(d => string.Equals(d.TypeDiscriminator?.ToString(), text, StringComparison.Ordinal));
        if (match.DerivedType is null)
        {
            _diagnostics.Add(JsonDiagnostics.UnknownKind.Create(kindPath, text, allowed));
            return null;
        }

        return match.DerivedType;
    }

    /// <summary>
    /// The first member named <paramref name="name"/>: the walk checks the first of duplicated members and
    /// reports the others, so the first <c>kind</c> decides the members (<see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> takes the last).
    /// </summary>
    private static bool TryGetFirst(JsonElement element, string name, out JsonElement value)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (member.NameEquals(name))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private void CheckArray(JsonElement element, JsonTypeInfo typeInfo)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            ReportWrongType(element, ("an array", "một mảng"));
            return;
        }

        var itemInfo = _options.GetTypeInfo(typeInfo.ElementType!);
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            _path.Push(index++);
            CheckValue(item, itemInfo, nullable: false);
            _path.Pop();
        }
    }

    private void CheckDictionary(JsonElement element, JsonTypeInfo typeInfo)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            ReportWrongType(element, ("an object", "một đối tượng"));
            return;
        }

        var valueInfo = _options.GetTypeInfo(typeInfo.ElementType!);
        var seen = RentSet();
        WalkMembers(element, seen, (_, value) => CheckValue(value, valueInfo, nullable: false));
        ReturnSet(seen);
    }

    /// <summary>
    /// Visits each member of an object with the path pointing at it, adding its name to
    /// <paramref name="seen"/>; a repeated name is reported, not visited. Each name is decoded once
    /// (<see cref="JsonProperty.Name"/> allocates on every call).
    /// </summary>
    private void WalkMembers(JsonElement element, HashSet<string> seen, Action<string, JsonElement> visit)
    {
        foreach (var member in element.EnumerateObject())
        {
            var name = member.Name;
            _path.Push(name);
            if (seen.Add(name))
            {
                visit(name, member.Value);
            }
            else
            {
                _diagnostics.Add(JsonDiagnostics.DuplicateMember.Create(_path.ToPointer(), name));
            }

            _path.Pop();
        }
    }

    /// <summary>A cleared set for one object's member names; nested objects each rent their own.</summary>
    private HashSet<string> RentSet() => _sets.Count > 0 ? _sets.Pop() : new HashSet<string>(StringComparer.Ordinal);

    private void ReturnSet(HashSet<string> set)
    {
        set.Clear();
        _sets.Push(set);
    }

    private void CheckByDeserializing(JsonElement element, JsonTypeInfo typeInfo)
    {
        try
        {
            _ = element.Deserialize(typeInfo);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            var (en, vi) = JsonValueKinds.Describe(typeInfo.Type);
            _diagnostics.Add(JsonDiagnostics.InvalidDate.Create(_path.ToPointer(), element.GetRawText(), en, vi));
        }
    }

    private void ReportWrongType(JsonElement element, (string En, string Vi) expected)
    {
        var (foundEn, foundVi) = JsonValueKinds.Describe(element.ValueKind);
        _diagnostics.Add(JsonDiagnostics.WrongType.Create(_path.ToPointer(), expected.En, foundEn, expected.Vi, foundVi));
    }

    private static (string En, string Vi) Expected(JsonTypeInfo typeInfo, Type type) => typeInfo.Kind switch
    {
        JsonTypeInfoKind.Object => ("an object", "một đối tượng"),
        JsonTypeInfoKind.Enumerable => ("an array", "một mảng"),
        JsonTypeInfoKind.Dictionary => ("an object", "một đối tượng"),
        _ => JsonValueKinds.Describe(type),
    };

    /// <summary>The members of one object contract, looked up by their JSON names.</summary>
    private sealed class ObjectShape
    {
        public ObjectShape(JsonTypeInfo typeInfo)
        {
            Members = typeInfo.Properties
                .Where(p => p.Set is not null || p.AssociatedParameter is not null)
                .ToDictionary(p => p.Name, StringComparer.Ordinal);
            Required = [.. typeInfo.Properties.Where(p => p.IsRequired || p.AssociatedParameter is { HasDefaultValue: false, IsMemberInitializer: false }).Select(p => p.Name)];
            MemberList = string.Join(", ", Members.Keys);
        }

        public Dictionary<string, JsonPropertyInfo> Members { get; }

        public string[] Required { get; }

        public string MemberList { get; }
    }
}
