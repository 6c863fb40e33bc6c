using Volunteers.Tests.Support;

namespace Volunteers.Tests;

/// <summary>
/// After the run: how many answers <see cref="ConformanceCheck"/> held against the document, and which operations no
/// test reached. With VOLUNTEERS_OPENAPI_OUT set (test.sh sets it), the served document and this summary are saved
/// there for the linters.
/// </summary>
[SetUpFixture]
public sealed class ConformanceSummary
{
    [OneTimeTearDown]
    public void Report()
    {
        var document = ServedDocument.Instance;
        var operations = document.Document.Paths.SelectMany(p => p.Value.Keys.Select(m => $"{m.ToUpperInvariant()} {p.Key}")).ToList();
        var reached = document.Checked.Keys.ToHashSet();
        var lines = new List<string>
        {
            $"OpenAPI conformance: {document.Checked.Values.Sum()} answers checked against the document, {reached.Count} of {operations.Count} operations reached",
        };
        lines.AddRange(operations.Where(o => !reached.Contains(o)).Order().Select(o => $"  not reached: {o}"));
        foreach (var line in lines) TestContext.Progress.WriteLine(line);

        if (Environment.GetEnvironmentVariable("VOLUNTEERS_OPENAPI_OUT") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "openapi.json"), document.Json);
        File.WriteAllLines(Path.Combine(folder, "conformance.txt"), lines);
    }
}
