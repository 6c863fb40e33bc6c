using System.Reflection;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.OpenApi;

/// <summary>
/// A client generated from the served document with NSwag runs the README's coordinator tour (<c>CoordinatorTour.cs</c>,
/// compiled with the client): town, point, account, volunteers, an activity, a sheet, approval, a proof's and an
/// export's bytes, and a 409 that arrives as a typed problem.
/// </summary>
public sealed class GeneratedClientTests
{
    [Test]
    public async Task A_client_generated_from_the_document_runs_the_coordinator_tour()
    {
        var client = GeneratedClient.Source(ServedDocument.Instance);
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "generated")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "VolunteersClient.cs"), client);
        using var tour = typeof(GeneratedClientTests).Assembly.GetManifestResourceStream("CoordinatorTour.cs")!;
        var assembly = GeneratedClient.Compile(client, await new StreamReader(tour).ReadToEndAsync());

        var host = new TestHost();
        try
        {
            var run = assembly.GetType($"{GeneratedClient.Namespace}.CoordinatorTour")!.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)!;
            var steps = await (Task<IReadOnlyList<string>>)run.Invoke(null, [(Func<string?, HttpClient>)(token => Client(host, token)), TestHost.AdminToken])!;
            Assert.That(steps, Is.EqualTo(new[]
            {
                "town 扶欢镇 target 350", "point XL", "account point-coordinator", "volunteer active", "found 1", "workplace 扶欢中学",
                "activity lecture", "sheet 2", "approved", "hours 2.5", "proof %PDF", "export PK", "409 problem 与现有数据冲突",
            }));
        }
        finally { host.DisposeAndDelete(); }
    }

    private static HttpClient Client(TestHost host, string? token)
    {
        var http = host.CreateClient();
        if (token is not null) http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }
}
