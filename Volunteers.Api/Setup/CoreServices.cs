using Volunteers.Core.CheckIn;
using Volunteers.Core.Data;
using Volunteers.Core.Numbering;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Setup;

public static class CoreServices
{
    /// <summary>The kinds of class registered by their name's ending: every one is a stateless singleton over the database.</summary>
    private static readonly string[] Conventional = ["Queries", "Commands", "Rules", "Views", "Responses"];

    public static IServiceCollection AddVolunteersCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = VolunteersOptions.From(configuration);
        var database = new Database(options.DatabasePath(contentRoot));
        services.AddSingleton(options);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new PersonalDataProtector(DataKeys.LoadOrCreate(options.DataKey, database.Path)));
        services.AddSingleton(new ReviewSettings(options.TwoStepReview));
        services.AddSingleton(options.Incentives.ToSettings());
        services.AddSingleton(options.Selection);
        services.AddSingleton(options.Numbering.Checked());
        services.AddSingleton(options.CheckIn.Checked());
        services.AddSingleton<NumberSequences>();
        services.AddSingleton<Checkpoints>();
        services.AddHostedService<BackgroundCheckpoints>();
        foreach (var type in new[] { typeof(Database).Assembly, typeof(CoreServices).Assembly }.SelectMany(a => a.GetExportedTypes())
                     .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericType: false, IsNested: false } && Conventional.Any(t.Name.EndsWith)))
            services.AddSingleton(type);
        return services;
    }
}
