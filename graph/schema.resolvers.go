package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/graph/generated"
	"yuanbahui/graph/model"
)

// CreateDistrict is the resolver for the createDistrict field.
func (r *mutationResolver) CreateDistrict(ctx context.Context, input ent.CreateDistrictInput) (*model.DistrictPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.District, error) {
		return c.District.Create().SetInput(input).Save(ctx)
	})
	return &model.DistrictPayload{District: v, UserErrors: userErrors}, err
}

// UpdateDistrict is the resolver for the updateDistrict field.
func (r *mutationResolver) UpdateDistrict(ctx context.Context, input model.DistrictPatch) (*model.DistrictPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.District, error) {
		return c.District.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.DistrictPayload{District: v, UserErrors: userErrors}, err
}

// CreateTown is the resolver for the createTown field.
func (r *mutationResolver) CreateTown(ctx context.Context, input ent.CreateTownInput) (*model.TownPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Town, error) {
		return c.Town.Create().SetInput(input).Save(ctx)
	})
	return &model.TownPayload{Town: v, UserErrors: userErrors}, err
}

// UpdateTown is the resolver for the updateTown field.
func (r *mutationResolver) UpdateTown(ctx context.Context, input model.TownPatch) (*model.TownPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Town, error) {
		return c.Town.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.TownPayload{Town: v, UserErrors: userErrors}, err
}

// CreateVillage is the resolver for the createVillage field.
func (r *mutationResolver) CreateVillage(ctx context.Context, input ent.CreateVillageInput) (*model.VillagePayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Village, error) {
		return c.Village.Create().SetInput(input).Save(ctx)
	})
	return &model.VillagePayload{Village: v, UserErrors: userErrors}, err
}

// UpdateVillage is the resolver for the updateVillage field.
func (r *mutationResolver) UpdateVillage(ctx context.Context, input model.VillagePatch) (*model.VillagePayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Village, error) {
		return c.Village.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.VillagePayload{Village: v, UserErrors: userErrors}, err
}

// CreateCourtyard is the resolver for the createCourtyard field.
func (r *mutationResolver) CreateCourtyard(ctx context.Context, input ent.CreateCourtyardInput) (*model.CourtyardPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Courtyard, error) {
		return c.Courtyard.Create().SetInput(input).Save(ctx)
	})
	return &model.CourtyardPayload{Courtyard: v, UserErrors: userErrors}, err
}

// UpdateCourtyard is the resolver for the updateCourtyard field.
func (r *mutationResolver) UpdateCourtyard(ctx context.Context, input model.CourtyardPatch) (*model.CourtyardPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Courtyard, error) {
		return c.Courtyard.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.CourtyardPayload{Courtyard: v, UserErrors: userErrors}, err
}

// CreateHousehold is the resolver for the createHousehold field.
func (r *mutationResolver) CreateHousehold(ctx context.Context, input ent.CreateHouseholdInput) (*model.HouseholdPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Household, error) {
		return c.Household.Create().SetInput(input).Save(ctx)
	})
	return &model.HouseholdPayload{Household: v, UserErrors: userErrors}, err
}

// UpdateHousehold is the resolver for the updateHousehold field.
func (r *mutationResolver) UpdateHousehold(ctx context.Context, input model.HouseholdPatch) (*model.HouseholdPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Household, error) {
		return c.Household.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.HouseholdPayload{Household: v, UserErrors: userErrors}, err
}

// CreateResident is the resolver for the createResident field.
func (r *mutationResolver) CreateResident(ctx context.Context, input ent.CreateResidentInput) (*model.ResidentPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Resident, error) {
		return c.Resident.Create().SetInput(input).Save(ctx)
	})
	return &model.ResidentPayload{Resident: v, UserErrors: userErrors}, err
}

// UpdateResident is the resolver for the updateResident field.
func (r *mutationResolver) UpdateResident(ctx context.Context, input model.ResidentPatch) (*model.ResidentPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.Resident, error) {
		return c.Resident.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.ResidentPayload{Resident: v, UserErrors: userErrors}, err
}

// CreateIssueItem is the resolver for the createIssueItem field.
func (r *mutationResolver) CreateIssueItem(ctx context.Context, input ent.CreateIssueItemInput) (*model.IssueItemPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.IssueItem, error) {
		return c.IssueItem.Create().SetInput(input).Save(ctx)
	})
	return &model.IssueItemPayload{IssueItem: v, UserErrors: userErrors}, err
}

// UpdateIssueItem is the resolver for the updateIssueItem field.
func (r *mutationResolver) UpdateIssueItem(ctx context.Context, input model.IssueItemPatch) (*model.IssueItemPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.IssueItem, error) {
		return c.IssueItem.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.IssueItemPayload{IssueItem: v, UserErrors: userErrors}, err
}

// CreateServiceType is the resolver for the createServiceType field.
func (r *mutationResolver) CreateServiceType(ctx context.Context, input ent.CreateServiceTypeInput) (*model.ServiceTypePayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.ServiceType, error) {
		return c.ServiceType.Create().SetInput(input).Save(ctx)
	})
	return &model.ServiceTypePayload{ServiceType: v, UserErrors: userErrors}, err
}

// UpdateServiceType is the resolver for the updateServiceType field.
func (r *mutationResolver) UpdateServiceType(ctx context.Context, input model.ServiceTypePatch) (*model.ServiceTypePayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.ServiceType, error) {
		return c.ServiceType.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.ServiceTypePayload{ServiceType: v, UserErrors: userErrors}, err
}

// CreateSupermarketItem is the resolver for the createSupermarketItem field.
func (r *mutationResolver) CreateSupermarketItem(ctx context.Context, input ent.CreateSupermarketItemInput) (*model.SupermarketItemPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.SupermarketItem, error) {
		return c.SupermarketItem.Create().SetInput(input).Save(ctx)
	})
	return &model.SupermarketItemPayload{SupermarketItem: v, UserErrors: userErrors}, err
}

// UpdateSupermarketItem is the resolver for the updateSupermarketItem field.
func (r *mutationResolver) UpdateSupermarketItem(ctx context.Context, input model.SupermarketItemPatch) (*model.SupermarketItemPayload, error) {
	v, userErrors, err := mutate(ctx, r.client, func(c *ent.Client) (*ent.SupermarketItem, error) {
		return c.SupermarketItem.UpdateOneID(input.ID).SetInput(*input.Set).Save(ctx)
	})
	return &model.SupermarketItemPayload{SupermarketItem: v, UserErrors: userErrors}, err
}

// Mutation returns generated.MutationResolver implementation.
func (r *Resolver) Mutation() generated.MutationResolver { return &mutationResolver{r} }

type mutationResolver struct{ *Resolver }
