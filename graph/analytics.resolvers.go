package graph

import (
	"context"
	"yuanbahui/graph/model"
)

// EnumLabels is the resolver for the enumLabels field.
func (r *queryResolver) EnumLabels(ctx context.Context, types []string) ([]*model.EnumLabels, error) {
	return enumLabels(types), nil
}

// Metrics is the resolver for the metrics field.
func (r *queryResolver) Metrics(ctx context.Context) ([]*model.MetricDefinition, error) {
	return allMetrics(), nil
}

// Stats is the resolver for the stats field.
func (r *queryResolver) Stats(ctx context.Context, metrics []model.Metric, where *model.StatsFilter, groupBy []model.StatsKey, bucket *model.TimeBucket, orderBy *model.StatsOrder, first *int) (*model.StatsResult, error) {
	return r.stats(ctx, metrics, where, groupBy, bucket, orderBy, first)
}

// Overview is the resolver for the overview field.
func (r *queryResolver) Overview(ctx context.Context, area *int, period *string) (*model.Overview, error) {
	return r.overview(ctx, area, period)
}

// Ranking is the resolver for the ranking field.
func (r *queryResolver) Ranking(ctx context.Context, metric model.Metric, level model.RankingLevel, where *model.StatsFilter, bottom *bool, first *int) ([]*model.RankingEntry, error) {
	return r.ranking(ctx, metric, level, where, bottom, first)
}

// Gaps is the resolver for the gaps field.
func (r *queryResolver) Gaps(ctx context.Context, kind model.GapKind, where *model.StatsFilter, first *int) (*model.GapList, error) {
	return r.gaps(ctx, kind, where, first)
}
