package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"yuanbahui/internal/boundary"
)

// placesCmd is `yuanbahui places import-boundaries FILE.geojson`: real
// boundaries of the district, its towns and villages for the map
// (internal/boundary), replacing the ones imported before.
func placesCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "import-boundaries" {
		fmt.Fprintln(stderr, "usage: yuanbahui places import-boundaries [--db DB] FILE.geojson")
		return flag.ErrHelp
	}
	fs := flag.NewFlagSet("places import-boundaries", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbURL := dbFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: yuanbahui places import-boundaries [--db DB] FILE.geojson\n\nA GeoJSON FeatureCollection of Polygon/MultiPolygon features in WGS-84 whose\nproperties carry the area code (code or adcode) of a district, town or village;\nit replaces every boundary imported before, all or nothing.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return flag.ErrHelp
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	db, err := openMigrated(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := boundary.Import(ctx, db.Client, f)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "matched: %d district, %d towns, %d villages\nwithout a boundary (drawn from their courtyards): %d towns, %d villages\n",
		c.Districts, c.Towns, c.Villages, c.TownsWithout, c.VillagesWithout)
	return nil
}
