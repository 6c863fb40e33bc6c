using Microsoft.AspNetCore.Components;

namespace Volunteers.Api.Pages;

/// <summary>A stylesheet or script compiled into the assembly, read once and written into pages verbatim.</summary>
internal static class EmbeddedText
{
    public static MarkupString Load(string fileName)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream("Volunteers.Api." + fileName)
            ?? throw new InvalidOperationException($"{fileName} is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return new MarkupString(reader.ReadToEnd());
    }
}
