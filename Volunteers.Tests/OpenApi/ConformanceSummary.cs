using Volunteers.Tests.Support;

namespace Volunteers.Tests;

/// <summary>After the run, how many answers <see cref="ConformanceCheck"/> held against the document, and which operations no test reached.</summary>
[SetUpFixture]
public sealed class ConformanceSummary
{
    [OneTimeTearDown]
    public void Report()
    {
        var document = ServedDocument.Instance;
        var operations = document.Document.Paths.SelectMany(p => p.Value.Keys.Select(m => $"{m.ToUpperInvariant()} {p.Key}")).ToList();
        var reached = document.Checked.Keys.ToHashSet();
        TestContext.Progress.WriteLine($"OpenAPI conformance: {document.Checked.Values.Sum()} answers checked against the document, " +
            $"{reached.Count} of {operations.Count} operations reached");
        foreach (var missed in operations.Where(o => !reached.Contains(o))) TestContext.Progress.WriteLine($"  not reached: {missed}");
    }
}
