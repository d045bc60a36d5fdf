use std::time::Instant;
use raudtrad::diag::Diagnostics;
fn main() {
    let root = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    let mut d = Diagnostics::new();
    let loaded = raudtrad::load::load(&root, &mut d);
    for _ in 0..15 {
        let t = Instant::now();
        let l2 = raudtrad::load::Loaded { root: loaded.root.clone(), config: loaded.config.clone(), items: loaded.items.clone(), assets: loaded.assets.clone() };
        let tc = t.elapsed();
        let t = Instant::now();
        let mut d = Diagnostics::new();
        let g = raudtrad::resolve_loaded(l2, &mut d);
        let tr = t.elapsed();
        let t = Instant::now();
        let p = raudtrad::render::pages::list(&g, raudtrad::model::vocab::Audience::Internal);
        let tl = t.elapsed();
        let t = Instant::now();
        drop(p); drop(g);
        println!("clone {tc:?} resolve {tr:?} list {tl:?} drop {:?}", t.elapsed());
    }
}
