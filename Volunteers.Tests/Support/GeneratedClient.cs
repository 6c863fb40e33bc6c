using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag.CodeGeneration.CSharp;

namespace Volunteers.Tests.Support;

/// <summary>
/// A C# client generated from the served document by NSwag, as a user of the API would generate one, compiled with
/// Roslyn together with code that uses it (the README's tour), into an assembly loaded for the test.
/// </summary>
public static class GeneratedClient
{
    public const string Namespace = "Volunteers.Client";

    public static string Source(ServedDocument document) => new CSharpClientGenerator(document.Document, new CSharpClientGeneratorSettings
    {
        ClassName = "VolunteersClient",
        UseBaseUrl = false,
        GenerateClientInterfaces = false,
        // NSwag's default library: its enums honour the kebab-case values, and optional fields left null are not sent.
        CSharpGeneratorSettings = { Namespace = Namespace, JsonLibrary = CSharpJsonLibrary.NewtonsoftJson },
    }).GenerateFile();

    /// <summary>Compiles the client with <paramref name="uses"/>; a compile error fails with the messages.</summary>
    public static Assembly Compile(string client, string uses)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Volunteers.Client." + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(client, options), CSharpSyntaxTree.ParseText(uses, options)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).Select(d => d.ToString()).ToList();
        if (!emitted.Success) throw new AssertionException("The generated client does not compile:\n" + string.Join("\n", errors));
        image.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
    }
}
