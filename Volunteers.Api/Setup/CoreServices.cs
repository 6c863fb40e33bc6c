using Volunteers.Core.Activities;
using Volunteers.Core.Incentives;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Accounts;
using Volunteers.Core.Data;
using Volunteers.Core.Exports;
using Volunteers.Core.LearningPoints;
using Volunteers.Core.Registration;
using Volunteers.Core.Town;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Setup;

public static class CoreServices
{
    public static IServiceCollection AddVolunteersCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = VolunteersOptions.From(configuration);
        var database = new Database(options.DatabasePath(contentRoot));
        services.AddSingleton(options);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new PersonalDataProtector(DataKeys.LoadOrCreate(options.DataKey, database.Path)));
        services.AddSingleton<VolunteerRules>();
        services.AddSingleton<TownData>();
        services.AddSingleton<LearningPointData>();
        services.AddSingleton<AccountData>();
        services.AddSingleton<VolunteerData>();
        services.AddSingleton<VolunteerChanges>();
        services.AddSingleton<Volunteers.Core.Audit.AuditData>();
        services.AddSingleton<Erasure>();
        services.AddSingleton(new ReviewSettings(options.TwoStepReview));
        services.AddSingleton(options.Incentives.ToSettings());
        services.AddSingleton<ActivityData>();
        services.AddSingleton<ServiceRecordData>();
        services.AddSingleton<ServiceReview>();
        services.AddSingleton<Attendance>();
        services.AddSingleton<IncentiveData>();
        services.AddSingleton<ProgressData>();
        services.AddSingleton(options.Selection);
        services.AddSingleton<SelectionData>();
        services.AddSingleton<SelectionSteps>();
        services.AddSingleton<AwardIssuer>();
        services.AddSingleton<AwardData>();
        services.AddSingleton<Volunteers.Core.Documents.DocumentData>();
        services.AddSingleton<ExportData>();
        services.AddSingleton<Statistics>();
        services.AddSingleton<VolunteerImport>();
        services.AddSingleton<AwardExport>();
        services.AddSingleton<Features.Volunteers.VolunteerViews>();
        services.AddSingleton<Features.Selection.AwardResponses>();
        services.AddSingleton<RegistrationRules>();
        services.AddSingleton<Registrations>();
        return services;
    }
}
