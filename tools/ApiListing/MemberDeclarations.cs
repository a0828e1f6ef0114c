using System.Reflection;
using System.Runtime.CompilerServices;

namespace Cchc.ApiListing;

/// <summary>The declarations of a type's own public and protected members, sorted: fields, constructors, properties, events, methods, operators.</summary>
internal static class MemberDeclarations
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<string> Declare(Type type)
    {
        if (type.IsSubclassOf(typeof(Delegate)))
        {
            return [];
        }

        var context = new NullabilityInfoContext();
        if (type.IsEnum)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture))
                .ThenBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => f.Name + " = " + Literals.Format(f.GetRawConstantValue(), Enum.GetUnderlyingType(type)) + ",");
        }

        var members = new List<(int Order, string Text)>();
        members.AddRange(type.GetFields(Declared).Where(f => Visible(f.IsPublic, f.IsFamily, f.IsFamilyOrAssembly) && !f.IsSpecialName)
            .Select(f => (0, Field(f, context))));
        members.AddRange(type.GetConstructors(Declared).Where(c => !c.IsStatic && Visible(c))
            .Select(c => (1, Access(c) + TypeNames.Simple(type).Split('.')[^1] + Parameters.Of(c, context) + ";")));
        members.AddRange(type.GetProperties(Declared).Select(p => Property(p, context)).OfType<string>().Select(p => (2, p)));
        members.AddRange(type.GetEvents(Declared).Where(e => e.AddMethod is { } add && Visible(add))
            .Select(e => (3, Access(e.AddMethod!) + Methods.Modifiers(e.AddMethod!) + "event " + TypeNames.Of(e.EventHandlerType!, context.Create(e), e) + " " + e.Name + ";")));
        members.AddRange(type.GetMethods(Declared).Where(m => Visible(m) && !m.Name.Contains('<', StringComparison.Ordinal) && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
            .Select(m => (m.IsSpecialName ? 5 : 4, Methods.Declare(m, context))));
        return members.OrderBy(m => m.Order).ThenBy(m => m.Text, StringComparer.Ordinal).Select(m => m.Text);
    }

    private static string Field(FieldInfo field, NullabilityInfoContext context)
    {
        var typeName = TypeNames.Of(field.FieldType, context.Create(field), field);
        var access = field.IsPublic ? "public " : field.IsFamilyOrAssembly ? "protected internal " : "protected ";
        return field.IsLiteral
            ? access + "const " + typeName + " " + field.Name + " = " + Literals.Format(field.GetRawConstantValue(), field.FieldType) + ";"
            : access + (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "") + typeName + " " + field.Name + ";";
    }

    private static string? Property(PropertyInfo property, NullabilityInfoContext context)
    {
        var get = property.GetMethod is { } g && Visible(g) ? g : null;
        var set = property.SetMethod is { } s && Visible(s) ? s : null;
        var main = get ?? set;
        if (main is null)
        {
            return null;
        }

        var required = property.GetCustomAttributesData().Any(a => string.Equals(a.AttributeType.FullName, "System.Runtime.CompilerServices.RequiredMemberAttribute", StringComparison.Ordinal)) ? "required " : "";
        var indexParameters = property.GetIndexParameters();
        var name = indexParameters.Length == 0 ? property.Name : "this" + Parameters.Of(indexParameters, context, "[", "]");
        var accessors = new List<string>();
        if (get is not null)
        {
            accessors.Add(AccessorAccess(get, main) + "get;");
        }

        if (set is not null)
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            accessors.Add(AccessorAccess(set, main) + (init ? "init;" : "set;"));
        }

        return Access(main) + Methods.Modifiers(main) + required + TypeNames.Of(property.PropertyType, context.Create(property), property)
            + " " + name + " { " + string.Join(" ", accessors) + " }";
    }

    private static string AccessorAccess(MethodInfo accessor, MethodInfo main) =>
        string.Equals(Access(accessor), Access(main), StringComparison.Ordinal) ? "" : Access(accessor);

    /// <summary>"public " or "protected " (or "protected internal ").</summary>
    public static string Access(MethodBase method) =>
        method.IsPublic ? "public " : method.IsFamilyOrAssembly ? "protected internal " : "protected ";

    /// <summary>Whether code outside the assembly can see the member: public, protected or protected internal.</summary>
    public static bool Visible(MethodBase method) => Visible(method.IsPublic, method.IsFamily, method.IsFamilyOrAssembly);

    private static bool Visible(bool isPublic, bool isFamily, bool isFamilyOrAssembly) => isPublic || isFamily || isFamilyOrAssembly;
}
