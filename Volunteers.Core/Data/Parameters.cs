using Dapper;

namespace Volunteers.Core.Data;

public static class Parameters
{
    public static DynamicParameters Of(params object[] sources)
    {
        var parameters = new DynamicParameters();
        foreach (var source in sources) parameters.AddDynamicParams(source);
        return parameters;
    }
}
