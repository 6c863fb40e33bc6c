using System.Collections.Concurrent;
using NJsonSchema.Generation;

namespace Volunteers.Api.Setup.OpenApi;

/// <summary>
/// Schema names a generated client can live with: a Core record keeps its own name (<c>VolunteerSummary</c>), an
/// endpoint's request or response takes its folder's (<c>VolunteersCreateRequest</c>), <c>Paged&lt;T&gt;</c> becomes
/// <c>PagedOfVolunteerSummary</c>. Two types that would share a name keep their full names instead.
/// </summary>
public sealed class SchemaNames : ISchemaNameGenerator
{
    private readonly ConcurrentDictionary<string, Type> _taken = new();

    public string Generate(Type type)
    {
        var name = Short(type);
        return _taken.GetOrAdd(name, type) == type ? name : Full(type);
    }

    private static string Short(Type type)
    {
        var own = type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] + "Of" + string.Concat(type.GetGenericArguments().Select(Short)) : type.Name;
        var parts = type.Namespace?.Split('.') ?? [];
        var features = Array.IndexOf(parts, "Features");
        // Volunteers.Api.Features.<Area>.<Action>: the action's folder names what a bare "Request" is for.
        return features >= 0 && parts.Length > features + 2 ? string.Concat(parts[(features + 1)..]) + own : own;
    }

    private static string Full(Type type) => (type.FullName ?? type.Name).Replace(".", "").Replace("+", "").Split('`')[0];
}
