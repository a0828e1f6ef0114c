using System.Reflection;

namespace Cchc.ApiListing;

/// <summary>The <c>where</c> clause of a generic parameter (empty when it has no constraint).</summary>
internal static class Constraints
{
    public static string Of(Type parameter)
    {
        var attributes = parameter.GenericParameterAttributes;
        var parts = new List<string>();
        if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
        {
            parts.Add("struct");
        }
        else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
        {
            parts.Add("class");
        }

        parts.AddRange(parameter.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(TypeNames.Of));
        if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint)
            && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
        {
            parts.Add("new()");
        }

        return parts.Count == 0 ? "" : " where " + parameter.Name + " : " + string.Join(", ", parts);
    }
}
