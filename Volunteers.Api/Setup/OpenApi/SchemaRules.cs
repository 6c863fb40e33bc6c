using System.Reflection;
using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Generation;

namespace Volunteers.Api.Setup.OpenApi;

/// <summary>
/// Each object schema lists as <c>required</c> what an answer always carries (every property that cannot be null), and
/// declares its enumerated strings. A request body's schema is narrowed afterwards by <see cref="ForRequest"/>.
/// </summary>
public sealed class SchemaRules : ISchemaProcessor
{
    public void Process(SchemaProcessorContext context)
    {
        var schema = context.Schema;
        foreach (var (name, property) in schema.Properties)
        {
            if (EnumeratedValues.Of(context.ContextualType.Type, name) is { } labels) EnumeratedValues.Apply(property, labels);
            if (!property.IsNullable(SchemaType.OpenApi3) && !schema.RequiredProperties.Contains(name)) schema.RequiredProperties.Add(name);
        }
    }

    /// <summary>
    /// What a client must send: a property the service fills in when it is left out (a default value, an empty list)
    /// is optional; one whose empty value the rules refuse (a blank name, a zero id) is required.
    /// </summary>
    public static void ForRequest(JsonSchema body, Type dto)
    {
        var fresh = dto.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(dto) : null;
        var defaults = dto.GetConstructors().SelectMany(c => c.GetParameters()).Where(p => p.HasDefaultValue)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)).ToHashSet();
        foreach (var property in dto.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!body.Properties.ContainsKey(name)) continue;
            if (defaults.Contains(name) || (fresh is not null && FilledIn(property.GetValue(fresh)))) body.RequiredProperties.Remove(name);
        }
    }

    private static bool FilledIn(object? value) => value switch
    {
        null or "" => false,
        System.Collections.IEnumerable => true,
        _ => !value.Equals(Activator.CreateInstance(value.GetType())),
    };
}
